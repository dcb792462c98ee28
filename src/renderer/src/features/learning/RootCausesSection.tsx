// Settings: the landlord's list of root causes that complaints are put down to, one a line.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { RootCauses } from '../../../../shared/contract/learning';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { FormAlert } from '../../ui/FormAlert';
import { useSave } from '../../ui/useSave';

function RootCausesForm({ current, onSaved }: { current: RootCauses; onSaved: (r: RootCauses) => void }) {
  const api = useApi();
  const [text, setText] = useState(current.causes.join('\n'));
  const { busy, errors, run } = useSave(['causes']);
  const causes = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => api.call('learning.updateRootCauses', { causes }), 'Root causes saved.', onSaved);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Root causes">
      <Stack gap="sm" maw={760}>
        <Text size="sm">
          Officers choose one of these for each complaint, so the reasons complaints happen can be counted.
          {current.isDefault ? ' This is the list Redress comes with.' : ' This is your own list.'}
        </Text>
        <FormAlert message={errors.form} />
        <Textarea
          label="Root causes, one a line"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.fields.causes}
          autosize
          minRows={6}
          maxRows={20}
        />
        <Group justify="flex-end">
          {!current.isDefault && (
            <Button
              variant="subtle"
              loading={busy}
              onClick={() =>
                void run(
                  () => api.call('learning.updateRootCauses', { causes: null }),
                  'Back to the standard list.',
                  onSaved,
                )
              }
            >
              Use the standard list
            </Button>
          )}
          <Button type="submit" loading={busy}>
            Save root causes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RootCausesSection() {
  const { data, error, reload } = useQuery('learning.rootCauses', {});
  const [saved, setSaved] = useState<RootCauses | null>(null);
  const current = saved ?? data;
  return (
    <Section title="Root causes of complaints" id="settings-root-causes" titleSize="h3" p="lg" stack gap="md">
      {error && !current ? (
        <ErrorAlert title="The root causes could not be loaded" error={error} onRetry={reload} />
      ) : !current ? (
        <PageLoader label="Loading the root causes…" />
      ) : (
        <RootCausesForm key={current.causes.join('\n')} current={current} onSaved={setSaved} />
      )}
    </Section>
  );
}
