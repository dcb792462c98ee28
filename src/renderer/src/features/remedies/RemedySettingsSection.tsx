// Settings → Compensation: the panel threshold (managers change it) and the Ombudsman's bands in
// use, with their source and date, as shown beside amounts on every case.
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatPounds, poundsToPence } from '../../../../shared/remedies/money';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { useSession } from '../../api/SessionContext';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { Section } from '../../ui/Section';

export function RemedySettingsSection() {
  const api = useApi();
  const { me } = useSession();
  const { data, error, reload } = useQuery('remedies.settings', {});
  const [threshold, setThreshold] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const manager = me.role !== 'officer';

  async function save() {
    const pence = poundsToPence(threshold ?? '');
    if (pence === null) {
      setProblem('Enter an amount in pounds, e.g. 250.00.');
      return;
    }
    setBusy(true);
    try {
      await api.call('remedies.updateSettings', { panelThresholdPence: pence });
      setThreshold(null);
      setProblem(null);
      reload();
      notifications.show({
        color: 'teal.9',
        message: `Offers over ${formatPounds(pence)} now need the panel.`,
      });
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Compensation" id="settings-compensation" titleSize="h3" p="lg" stack gap="md">
      {error ? (
        <ErrorAlert title="The compensation settings could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading the compensation settings…" />
      ) : (
        <Stack gap="md" maw={760}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Compensation panel threshold (£)"
              description="Offers above this need the compensation panel’s sign-off before they are made."
              value={threshold ?? (data.panelThresholdPence / 100).toFixed(2)}
              onChange={(e) => setThreshold(e.currentTarget.value)}
              error={problem}
              readOnly={!manager}
              inputMode="decimal"
              w={360}
            />
            {manager && (
              <Button onClick={() => void save()} loading={busy} disabled={threshold === null}>
                Save the threshold
              </Button>
            )}
          </Group>
          {!manager && (
            <Text size="sm" c="dimmed">
              A manager can change the threshold.
            </Text>
          )}
          <Text size="sm">
            Bands shown beside amounts, as guidance: {data.compensationBands.source} (version{' '}
            {data.compensationBands.version}, {data.compensationBands.publishedOn})
            {data.customBands ? ' — this landlord’s own.' : '.'}
          </Text>
          <Table aria-label="Compensation bands">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Band</Table.Th>
                <Table.Th scope="col">What it means</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.compensationBands.bands.map((b) => (
                <Table.Tr key={b.label}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{b.label}</Table.Td>
                  <Table.Td>{b.meaning}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.compensationBands.fixedSums && (
            <Text size="sm" c="dimmed">
              From {data.compensationBands.fixedSums.effectiveFrom} ({data.compensationBands.fixedSums.source}
              ):{' '}
              {data.compensationBands.fixedSums.rates
                .map((r) => `${r.what.toLowerCase()} ${formatPounds(r.pence)}`)
                .join('; ')}
              .
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}
