// Find the caller as you type: name, address, postcode or phone. Arrow keys move through the
// matches, Enter picks one; the last option always starts a new resident.
import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState, type Ref } from 'react';
import type { ResidentSummary } from '../../../../shared/contract/types';
import { formatAddress } from '../../ui/format';
import { useResidentSearch } from '../../api/useResidentSearch';

const NEW_RESIDENT = '__new__';

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
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  // Show the latest answer we have while the next one is on its way (no flicker while typing).
  const { results, error: searchError, loading, waiting, searchedFor } = useResidentSearch(query);

  // Keep the highlighted option valid as the list changes under it.
  useEffect(() => {
    combobox.updateSelectedOptionIndex();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results]);

  const byId = new Map(results.map((r) => [r.id, r]));

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
