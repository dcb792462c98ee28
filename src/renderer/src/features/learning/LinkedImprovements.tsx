// The service improvements this case led to: link it to one already on the tracker, or add one.
import { Anchor, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseLearning, Improvement } from '../../../../shared/contract/learning';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { hrefFor } from '../../nav/routes';
import { FormAlert } from '../../ui/FormAlert';
import { ImprovementForm } from './ImprovementForm';
import { ImprovementStatusBadge } from './ImprovementStatusBadge';
import { useSave } from '../../ui/useSave';

export function LinkedImprovements({
  learning,
  onChanged,
}: {
  learning: CaseLearning;
  onChanged: () => void;
}) {
  const api = useApi();
  const all = useQuery('improvements.list', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { busy, errors, run } = useSave(['improvementId']);
  const linked = new Set(learning.improvements.map((i) => i.id));
  const choices = (all.data ?? [])
    .filter((i) => !linked.has(i.id))
    .map((i) => ({ value: i.id, label: i.title }));

  const link = (improvementId: string, done: string) =>
    run(
      () => api.call('improvements.link', { improvementId, caseId: learning.caseId }),
      done,
      () => {
        setChosen(null);
        all.reload();
        onChanged();
      },
    );

  return (
    <Stack gap="sm">
      {learning.improvements.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to a service improvement.
        </Text>
      ) : (
        <List spacing={4} aria-label="Linked service improvements">
          {learning.improvements.map((i) => (
            <List.Item key={i.id}>
              <Group gap="xs">
                <Anchor href={hrefFor({ name: 'improvements' })}>{i.title}</Anchor>
                <ImprovementStatusBadge status={i.status} />
                <Text size="sm" c="dimmed">
                  {i.owner}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <FormAlert message={errors.form} />
      <Group align="flex-end">
        <Select
          label="Link to a service improvement"
          placeholder={choices.length ? 'Choose one' : 'None to link to'}
          data={choices}
          value={chosen}
          onChange={setChosen}
          searchable
          disabled={choices.length === 0}
          w={360}
          maw="100%"
        />
        <Button
          variant="light"
          disabled={!chosen}
          loading={busy}
          onClick={() => chosen && void link(chosen, 'Linked to the service improvement.')}
        >
          Link
        </Button>
        <Button variant="subtle" onClick={() => setAdding(true)}>
          Add an improvement
        </Button>
      </Group>
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add a service improvement" size="lg">
        <ImprovementForm
          editing={null}
          serviceArea={learning.serviceArea}
          onCancel={() => setAdding(false)}
          onSaved={(i: Improvement) => {
            setAdding(false);
            void link(i.id, 'Added and linked to this case.');
          }}
        />
      </Modal>
    </Stack>
  );
}
