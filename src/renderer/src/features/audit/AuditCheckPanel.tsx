// Settings → Audit → "Check the audit trail": every computer's chain of changes and views walked
// (audit.verify), the answer in plain words: intact, or what was altered, removed or inserted where.
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditReport, InstallationChain } from '../../../../shared/contract/audit';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';

type CheckState =
  | { phase: 'idle' | 'working' }
  | { phase: 'done'; report: AuditReport }
  | { phase: 'failed'; error: unknown };

const KIND_WORDS = { altered: 'Altered', removed: 'Removed', inserted: 'Inserted' } as const;

function computerName(i: InstallationChain): string {
  if (i.thisComputer) return i.label ? `This computer (${i.label})` : 'This computer';
  return i.label ?? `Computer ${i.installation.slice(0, 8)}`;
}

function entriesWords(i: InstallationChain): string {
  const n = `${i.entries.toLocaleString('en-GB')} ${i.entries === 1 ? 'entry' : 'entries'}`;
  const older = i.unchained
    ? `, and ${i.unchained.toLocaleString('en-GB')} from before the audit chain (not checked)`
    : '';
  return `${n}${older}`;
}

export function AuditCheckPanel() {
  const api = useApi();
  const [state, setState] = useState<CheckState>({ phase: 'idle' });

  async function check() {
    setState({ phase: 'working' });
    try {
      setState({ phase: 'done', report: await api.call('audit.verify', {}) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }

  return (
    <Stack gap="xs" maw={760}>
      <Title order={3} size="h5">
        Check the audit trail
      </Title>
      <Text size="sm">
        Every change and every view is linked to the one before it on the computer that made it. The check
        walks those links for every computer whose entries this one holds, and says if any entry was altered,
        removed or inserted since it was written.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconShieldLock size={18} aria-hidden />}
          onClick={() => void check()}
          loading={state.phase === 'working'}
        >
          Check the audit trail
        </Button>
        {state.phase === 'working' && (
          <Text size="sm" role="status">
            Checking every entry… this takes a few seconds on a large store.
          </Text>
        )}
      </Group>
      {state.phase === 'done' && (
        <Alert
          color={state.report.ok ? 'teal' : 'red'}
          variant="light"
          role={state.report.ok ? 'status' : 'alert'}
          title={
            state.report.ok
              ? 'The audit trail is intact'
              : 'The audit trail has been tampered with or damaged'
          }
        >
          <Stack gap={6}>
            <Text size="sm">Checked {formatDateTime(state.report.checkedAt)}.</Text>
            <List size="sm" spacing={4}>
              {state.report.installations.map((i) => (
                <List.Item key={i.installation}>
                  <Text span size="sm" fw={600}>
                    {computerName(i)}:
                  </Text>{' '}
                  {entriesWords(i)},{' '}
                  {i.problems.length === 0
                    ? 'intact.'
                    : `${i.problems.length} problem${i.problems.length === 1 ? '' : 's'}:`}
                  {i.problems.length > 0 && (
                    <List size="sm" withPadding spacing={2}>
                      {i.problems.map((p, n) => (
                        <List.Item key={n}>
                          {KIND_WORDS[p.kind]}
                          {p.position === null ? '' : ` (position ${p.position})`}: {p.detail}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {state.phase === 'failed' && <ErrorAlert title="The check could not run" error={state.error} />}
    </Stack>
  );
}
