// Find the caller as you type: name, address, postcode or phone. Arrow keys move through the
// matches, Enter picks one; the last option always starts a new resident.
import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState, type Ref } from 'react';
import type { ResidentSummary } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { formatAddress } from '../../ui/format';

const NEW_RESIDENT = '__new__';
const NONE: ResidentSummary[] = [];

export function ResidentFinder({
  onPick,
  onNew,
  inputRef,
  error,
}: {
  onPick: (resident: ResidentSummary) => void;
  onNew: (query: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
}) {
  const api = useApi();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const [settled, setSettled] = useState<{ query: string; results: ResidentSummary[]; error: string | null }>(
    {
      query: '',
      results: [],
      error: null,
    },
  );

  const typedEnough = debounced.length >= 2;
  useEffect(() => {
    if (!typedEnough) return;
    let live = true;
    api.call('residents.find', { query: debounced, limit: 8 }).then(
      (found) => live && setSettled({ query: debounced, results: found, error: null }),
      (err: unknown) => live && setSettled({ query: debounced, results: [], error: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [api, debounced, typedEnough]);

  // Show the latest answer we have while the next one is on its way (no flicker while typing).
  const results = typedEnough ? settled.results : NONE;
  const searchError = typedEnough ? settled.error : null;
  const loading = typedEnough && settled.query !== debounced;
  const waiting = query.trim().length >= 2 && (loading || debounced !== query.trim());

  // Keep the highlighted option valid as the list changes under it.
  useEffect(() => {
    combobox.updateSelectedOptionIndex();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results]);

  const byId = new Map(results.map((r) => [r.id, r]));
  const searchedFor = typedEnough && !loading ? settled.query : '';

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        combobox.closeDropdown();
        if (value === NEW_RESIDENT) {
          onNew(query.trim());
          return;
        }
        const picked = byId.get(value);
        if (picked) onPick(picked);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          label="Who is calling?"
          description="Search by name, address, postcode or phone. Arrow keys to choose, Enter to pick."
          placeholder="e.g. Okafor, 12 Mill Lane, SE1 7PB or 07700…"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={loading ? <Loader size={16} aria-label="Searching" /> : null}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => {
            if (query.trim()) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
          error={error}
          autoComplete="off"
          spellCheck={false}
        />
      </Combobox.Target>

      <Combobox.Dropdown hidden={query.trim().length < 2}>
        <Combobox.Options aria-label="Matching residents">
          {searchError && <Combobox.Empty>{searchError}</Combobox.Empty>}
          {!searchError && !waiting && results.length === 0 && searchedFor && (
            <Combobox.Empty>No residents match “{searchedFor}”.</Combobox.Empty>
          )}
          {waiting && results.length === 0 && <Combobox.Empty>Searching…</Combobox.Empty>}
          {results.map((r) => (
            <Combobox.Option value={r.id} key={r.id}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {r.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatAddress([r.address, r.postcode]) || 'No address recorded'}
                    {r.phone ? ` · ${r.phone}` : ''}
                  </Text>
                </Stack>
                {r.vulnerable && (
                  <Badge size="xs" color="grape.9" variant="filled">
                    Vulnerable
                  </Badge>
                )}
              </Group>
            </Combobox.Option>
          ))}
          <Combobox.Option value={NEW_RESIDENT} key={NEW_RESIDENT}>
            <Group gap="xs" wrap="nowrap">
              <IconUserPlus size={16} aria-hidden />
              <Text size="sm" fw={600} c="indigo.9">
                New resident{query.trim() ? `: “${query.trim()}”` : ''}
              </Text>
            </Group>
          </Combobox.Option>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
