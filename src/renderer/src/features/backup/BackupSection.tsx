// Settings → Backup: a download of every record on this computer, and a restore of one into an
// empty store. Both are the same procedures the CLI's `export` and `restore` use; and the store's
// integrity check (the CLI's `check`).
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';
import { Section } from '../../ui/Section';
import { downloadText } from './download';
import { RestoreBackupForm } from './RestoreBackupForm';
import { StoreCheckPanel } from './StoreCheckPanel';

type ExportState =
  | { phase: 'idle' | 'working' }
  | { phase: 'done'; summary: BackupSummary; file: string }
  | { phase: 'failed'; error: unknown };

export function BackupSection() {
  const api = useApi();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });

  async function backUp() {
    setState({ phase: 'working' });
    try {
      const { content, summary } = await api.call('backup.export', {});
      const file = `redress-backup-${summary.exportedAt.slice(0, 16).replace(/[T:]/g, '-')}.json`;
      downloadText(file, content);
      setState({ phase: 'done', summary, file });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }

  return (
    <Section title="Backup" id="settings-backup" titleSize="h3" p="lg" stack gap="md">
      <Stack gap="xs" maw={760}>
        <Text>
          A backup is one file holding every resident, call and case on this computer, with each complaint’s
          points, decisions, extensions and Ombudsman requests, the complaint policy and the full history of
          changes. It can rebuild this computer’s cases on a new or repaired computer.
        </Text>
        <Text size="sm" c="dimmed">
          It contains residents’ personal details: keep it where only your organisation can read it.
        </Text>
      </Stack>
      <Group>
        <Button
          leftSection={<IconDatabaseExport size={18} aria-hidden />}
          onClick={() => void backUp()}
          loading={state.phase === 'working'}
        >
          Download a backup
        </Button>
      </Group>
      {state.phase === 'done' && (
        <Alert color="teal" variant="light" role="status" title="Backup made" maw={760}>
          Saved {state.file}: {(state.summary.counts.cases ?? 0).toLocaleString('en-GB')} cases,{' '}
          {(state.summary.counts.residents ?? 0).toLocaleString('en-GB')} residents and{' '}
          {(state.summary.counts.changes ?? 0).toLocaleString('en-GB')} recorded changes. Its checksum is{' '}
          {state.summary.checksum.slice(0, 12)}….
        </Alert>
      )}
      {state.phase === 'failed' && <ErrorAlert title="The backup was not made" error={state.error} />}
      <RestoreBackupForm />
      <StoreCheckPanel />
    </Section>
  );
}
