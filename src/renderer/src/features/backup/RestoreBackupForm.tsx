// Restoring a backup: only into an empty store (a new computer, or one just set up), so nothing
// here is ever overwritten. The domain checks the file; this form says what it found.
import { Alert, Button, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { RestoreResult } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';

type RestoreState =
  | { phase: 'idle' | 'working' }
  | { phase: 'done'; result: RestoreResult }
  | { phase: 'failed'; error: unknown };

/** `onRestored`: what "Open the restored cases" does (by default, reload this window's app). */
export function RestoreBackupForm({ onRestored }: { onRestored?: (result: RestoreResult) => void }) {
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<RestoreState>({ phase: 'idle' });

  async function restore() {
    if (!file) return;
    setState({ phase: 'working' });
    try {
      const result = await api.call('backup.restore', { content: await file.text() });
      setState({ phase: 'done', result });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }

  if (state.phase === 'done') {
    const { summary, officerName } = state.result;
    return (
      <Alert color="teal" variant="light" role="status" title="Backup restored" maw={760}>
        <Stack gap="xs">
          <Text size="sm">
            Restored {(summary.counts.cases ?? 0).toLocaleString('en-GB')} cases and everything else in the
            backup made {summary.exportedAt.slice(0, 10)}.
            {officerName ? ` You continue as ${officerName}, who used the computer that was backed up.` : ''}
          </Text>
          <Group>
            <Button onClick={() => (onRestored ? onRestored(state.result) : window.location.reload())}>
              Open the restored cases
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="sm" maw={760}>
      <Title order={3} size="h5">
        Restore a backup
      </Title>
      <Text size="sm">
        Only into a computer that holds no cases yet (a new or repaired one): nothing already here is ever
        overwritten. A backup that is incomplete, has been changed, or comes from a newer Redress is refused.
      </Text>
      <Group align="end">
        <FileInput
          label="Backup file"
          description="A redress-backup….json file"
          accept="application/json,.json"
          value={file}
          onChange={(f) => {
            setFile(f);
            setState({ phase: 'idle' });
          }}
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
          leftSection={<IconFileUpload size={18} aria-hidden />}
          w={420}
        />
        <Button
          variant="default"
          disabled={!file}
          loading={state.phase === 'working'}
          onClick={() => void restore()}
        >
          Restore this backup
        </Button>
      </Group>
      {state.phase === 'working' && (
        <Text size="sm" role="status" aria-live="polite">
          Checking and restoring the backup…
        </Text>
      )}
      {state.phase === 'failed' && <ErrorAlert title="Nothing was restored" error={state.error} />}
    </Stack>
  );
}
