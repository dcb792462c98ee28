// The command bar (Ctrl+K, ⌘K on a Mac, or the Search button in the header): type a case
// reference, a resident's name or phone, or a screen, then Enter (or a click) goes there.
// Built on @mantine/spotlight, which moves the highlight with the arrow keys and runs it on
// Enter; the roles around it make it a combobox a screen reader can follow, and a live line says
// how many of each were found.
import '@mantine/spotlight/styles.css';
import { Button, Kbd, Text, VisuallyHidden } from '@mantine/core';
import { createSpotlight, Spotlight, useSpotlight } from '@mantine/spotlight';
import { IconBriefcase, IconLayoutDashboard, IconSearch, IconUser } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS } from '../../../../shared/domain/vocabulary';
import { messageOf } from '../../api/errors';
import { navigate } from '../../nav/useRoute';
import { truncate } from '../../ui/format';
import { useModKey } from '../../ui/useModKey';
import classes from './CommandBar.module.css';
import { useCommandResults, type CommandResult, type Group } from './useCommandResults';

const [store, commandBar] = createSpotlight();

const LIST_ID = 'command-bar-results';
const GROUPS: Group[] = ['Screens', 'Cases', 'Residents'];
const optionId = (r: CommandResult) => `command-bar-${r.key}`;

export function CommandBar() {
  const modKey = useModKey();
  const [query, setQuery] = useState('');
  const { selected, opened } = useSpotlight(store);
  const { results, settled, error } = useCommandResults(query);

  // New results: the first is the one Enter opens.
  const keys = results.map((r) => r.key).join();
  useEffect(() => {
    if (opened) store.setState((s) => ({ ...s, selected: results.length ? 0 : -1 }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when the list itself changes
  }, [keys, opened]);

  const active = selected >= 0 ? results[selected] : undefined;
  const counts = GROUPS.map((g) => [g, results.filter((r) => r.group === g).length] as const);

  return (
    <>
      <Button
        variant="default"
        onClick={commandBar.open}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            {modKey} K
          </Kbd>
        }
        aria-keyshortcuts="Control+K Meta+K"
      >
        Search
      </Button>
      <Spotlight.Root
        store={store}
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        // Like the app's other chords, it works while typing in a field.
        tagsToIgnore={[]}
        title="Go to a case, a resident or a screen"
        styles={{
          header: { padding: 'var(--mantine-spacing-sm) var(--mantine-spacing-md) 0', minHeight: 0 },
          title: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 },
          // The list scrolls, leaving room for the title, the box and the footer in a small window.
          actionsList: { maxHeight: 'calc(100vh - 21rem)' },
        }}
        classNames={{ action: classes.action }}
      >
        <Spotlight.Search
          leftSection={<IconSearch size={20} aria-hidden />}
          placeholder="Case reference, resident’s name or phone, or a screen"
          aria-label="Search for a case by reference, a resident by name or phone, or a screen"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active) : undefined}
          onKeyDown={(event) => {
            // Spotlight moves the highlight after this handler without telling subscribers:
            // re-render then, so aria-activedescendant follows the arrow keys.
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp')
              queueMicrotask(() => store.setState((s) => ({ ...s })));
          }}
        />
        <Spotlight.ActionsList id={LIST_ID} role="listbox" aria-label="Results">
          {GROUPS.map((group) => {
            const inGroup = results.filter((r) => r.group === group);
            if (inGroup.length === 0) return null;
            return (
              <Spotlight.ActionsGroup key={group} label={group} role="group" aria-label={group}>
                {inGroup.map((r) => (
                  <ResultOption key={r.key} result={r} selected={r === active} />
                ))}
              </Spotlight.ActionsGroup>
            );
          })}
        </Spotlight.ActionsList>
        {results.length === 0 && settled && (
          <Text c="dimmed" size="sm" p="md">
            {error ? messageOf(error) : `Nothing found for “${query.trim()}”.`}
          </Text>
        )}
        <Spotlight.Footer>
          <Text size="xs" c="dimmed">
            ↑ ↓ to choose, Enter to open, Esc to close. Cases by the start of their reference; residents by
            name or phone.
          </Text>
        </Spotlight.Footer>
        <VisuallyHidden role="status" aria-live="polite">
          {opened && query.trim() && settled ? announce(counts) : ''}
        </VisuallyHidden>
      </Spotlight.Root>
    </>
  );
}

function announce(counts: ReadonlyArray<readonly [Group, number]>): string {
  const found = counts.filter(([, n]) => n > 0);
  if (found.length === 0) return 'Nothing found.';
  return `Found ${found.map(([g, n]) => `${n} ${n === 1 ? g.toLowerCase().replace(/s$/, '') : g.toLowerCase()}`).join(', ')}.`;
}

function ResultOption({ result, selected }: { result: CommandResult; selected: boolean }) {
  const { label, description, icon } = describeResult(result);
  return (
    <Spotlight.Action
      // Spotlight.Action keeps an \`id\` prop to itself: the option's id, for aria-activedescendant, goes on by hand.
      ref={(el: HTMLButtonElement | null) => {
        if (el) el.id = optionId(result);
      }}
      role="option"
      aria-selected={selected}
      data-selected={selected || undefined}
      label={label}
      description={description}
      leftSection={icon}
      onClick={() => navigate(result.route)}
    />
  );
}

function describeResult(r: CommandResult): { label: string; description: string; icon: React.ReactNode } {
  switch (r.group) {
    case 'Screens':
      return {
        label: r.screen.label,
        description: r.screen.description,
        icon: <IconLayoutDashboard size={18} aria-hidden />,
      };
    case 'Cases':
      return {
        label: r.hit.reference,
        description: [
          CASE_TYPE_LABELS[r.hit.type],
          CASE_STATUS_LABELS[r.hit.status],
          r.hit.residentName,
          truncate(r.hit.summary, 80),
        ]
          .filter(Boolean)
          .join(' · '),
        icon: <IconBriefcase size={18} aria-hidden />,
      };
    case 'Residents':
      return {
        label: r.hit.name,
        description: [r.hit.phone, r.hit.postcode].filter(Boolean).join(' · ') || 'No phone or postcode',
        icon: <IconUser size={18} aria-hidden />,
      };
  }
}
