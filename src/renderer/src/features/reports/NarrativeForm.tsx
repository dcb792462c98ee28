// The annual report's narrative: the sections a manager writes before export (introduction, what
// we learned, the governing body's response, the Member Responsible for Complaints' comment).
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AnnualReport } from '../../../../shared/contract/reports';
import {
  NARRATIVE_SECTIONS,
  NARRATIVE_TITLES,
  type NarrativeSection,
} from '../../../../shared/reports/narrative';
import { useApi } from '../../api/ApiContext';
import { FormAlert } from '../../ui/FormAlert';
import { formatDateTime } from '../../ui/format';
import { useSave } from '../../ui/useSave';

const textsOf = (r: AnnualReport) =>
  Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, r.narrative[s] ?? ''])) as Record<
    NarrativeSection,
    string
  >;

export function NarrativeForm({
  report,
  onSaved,
}: {
  report: AnnualReport;
  onSaved: (r: AnnualReport) => void;
}) {
  const api = useApi();
  const [texts, setTexts] = useState(() => textsOf(report));
  const { busy, errors, run } = useSave([...NARRATIVE_SECTIONS].map((s) => `sections.${s}`));
  const saved = textsOf(report);
  const changed = NARRATIVE_SECTIONS.filter((s) => texts[s] !== saved[s]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changed.length === 0) return;
    void run(
      () =>
        api.call('annualReport.saveNarrative', {
          year: report.year,
          sections: Object.fromEntries(changed.map((s) => [s, texts[s]])),
        }),
      'Report text saved.',
      (r) => {
        setTexts(textsOf(r));
        onSaved(r);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="The report's narrative">
      <Stack gap="md">
        <FormAlert message={errors.form} />
        {NARRATIVE_SECTIONS.map((s) => (
          <Textarea
            key={s}
            label={NARRATIVE_TITLES[s]}
            autosize
            minRows={3}
            value={texts[s]}
            error={errors.fields[`sections.${s}`]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setTexts((prev) => ({ ...prev, [s]: value }));
            }}
          />
        ))}
        <Group>
          <Button type="submit" loading={busy} disabled={changed.length === 0}>
            Save the report text
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {changed.length > 0
              ? 'Unsaved changes'
              : report.lastSavedAt
                ? `Last saved by ${report.lastSavedBy ?? 'someone'}, ${formatDateTime(report.lastSavedAt)}`
                : 'Not written yet'}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
