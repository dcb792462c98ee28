// Add another resident to a complaint (a group complaint or petition): find them as you type, pick
// one with the arrow keys and Enter, then save. Residents already on the complaint are shown but
// cannot be picked. New residents are added through Log a call, not here.
import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CaseDetail, ResidentSummary } from '../../../../shared/contract/types';
import { AddPartyInput } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { formatAddress } from '../../ui/format';
import { useResidentSearch } from '../../api/useResidentSearch';
import { ModalForm } from './ModalForm';
import { useCaseAction } from './useCaseAction';
import type { OnCaseSaved } from './commandForms/types';

function whereabouts(r: ResidentSummary): string {
  return (formatAddress([r.address, r.postcode]) || 'No address recorded') + (r.phone ? ` · ${r.phone}` : '');
}

export function AddPartyForm({
  detail,
  onSaved,
  onCancel,
}: {
  detail: CaseDetail;
  onSaved: OnCaseSaved;
  onCancel: () => void;
}) {
  const api = useApi();
  const caseId = detail.case.id;
  // Already on the complaint: the nominated contact and the residents added before.
  const onComplaint = new Map<string, string>(
    detail.complaint.parties.map((p) => [p.residentId, 'Already on this complaint']),
  );
  if (detail.case.residentId) onComplaint.set(detail.case.residentId, 'The nominated contact');

  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ResidentSummary | null>(null);
  const { busy, check, run, shown } = useCaseAction(['residentId']);
  // Searching stops once a resident is picked (the box then shows their name).
  const { results, error: searchError, loading, waiting, searchedFor } = useResidentSearch(query, !picked);
  const byId = new Map(results.map((r) => [r.id, r]));

  // Keep the highlighted option valid as the list changes under it.
  useEffect(() => {
    combobox.updateSelectedOptionIndex();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results]);

  const local = check(
    AddPartyInput,
    { caseId, residentId: picked?.id },
    { residentId: 'Search for the resident and pick them from the list.' },
  );
  const shownErrors = shown(local);

  function submit() {
    void run(
      () => api.call('cases.addParty', { caseId, residentId: picked!.id }),
      (d) => onSaved(d, `${picked!.name} added to this complaint.`),
      local,
    );
  }

  return (
    <ModalForm
      label="Add a resident to this complaint"
      onSubmit={submit}
      onCancel={onCancel}
      busy={busy}
      errors={shownErrors}
      submitLabel="Add to the complaint"
    >
      <Stack gap="md">
        <Text size="sm">
          {detail.case.residentName ? `${detail.case.residentName} stays the nominated contact. ` : ''}
          The response goes to everyone on the complaint through the nominated contact.
        </Text>
        <Combobox
          store={combobox}
          onOptionSubmit={(value) => {
            combobox.closeDropdown();
            const r = byId.get(value);
            if (!r || onComplaint.has(r.id)) return;
            setPicked(r);
            setQuery(r.name);
          }}
        >
          <Combobox.Target withExpandedAttribute>
            <TextInput
              label="Resident to add"
              description={
                picked
                  ? `Chosen: ${picked.name}, ${whereabouts(picked)}. Type again to choose someone else.`
                  : 'Search by name, address, postcode or phone. Arrow keys to choose, Enter to pick.'
              }
              placeholder="e.g. Okafor, 12 Mill Lane or SE1 7PB"
              leftSection={<IconSearch size={16} aria-hidden />}
              rightSection={loading ? <Loader size={16} aria-label="Searching" /> : null}
              value={query}
              onChange={(e) => {
                setQuery(e.currentTarget.value);
                setPicked(null);
                combobox.openDropdown();
              }}
              onFocus={() => {
                if (query.trim() && !picked) combobox.openDropdown();
              }}
              onBlur={() => combobox.closeDropdown()}
              error={shownErrors.fields.residentId}
              required
              autoComplete="off"
              spellCheck={false}
              data-autofocus
            />
          </Combobox.Target>

          <Combobox.Dropdown hidden={!!picked || query.trim().length < 2}>
            <Combobox.Options aria-label="Matching residents">
              {searchError && <Combobox.Empty>{searchError}</Combobox.Empty>}
              {!searchError && !waiting && results.length === 0 && (
                <Combobox.Empty>
                  No residents match “{searchedFor}”. Add a new resident through Log a call first.
                </Combobox.Empty>
              )}
              {waiting && results.length === 0 && <Combobox.Empty>Searching…</Combobox.Empty>}
              {results.map((r) => {
                const already = onComplaint.get(r.id);
                return (
                  <Combobox.Option value={r.id} key={r.id} disabled={!!already}>
                    <Group justify="space-between" wrap="nowrap" gap="sm">
                      <Stack gap={0}>
                        <Text size="sm" fw={600}>
                          {r.name}
                        </Text>
                        {/* Inherits the option's colour, so it stays readable when highlighted. */}
                        <Text size="xs" opacity={0.85}>
                          {whereabouts(r)}
                        </Text>
                      </Stack>
                      {already && (
                        <Badge size="xs" variant="outline" color="gray.7">
                          {already}
                        </Badge>
                      )}
                    </Group>
                  </Combobox.Option>
                );
              })}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
      </Stack>
    </ModalForm>
  );
}
