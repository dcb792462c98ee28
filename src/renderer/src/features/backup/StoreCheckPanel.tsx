// Settings → Backup → "Check the case store": SQLite's integrity check on demand (the CLI's
// `check`). Redress also runs it by itself after a session that did not close cleanly.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { StoreCheck } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';

type CheckState =
  { phase: 'idle' | 'working' } | { phase: 'done'; result: StoreCheck } | { phase: 'failed'; error: unknown };

export function StoreCheckPanel() {
  const api = useApi();
  const [state, setState] = useState<CheckState>({ phase: 'idle' });

  async function check() {
    setState({ phase: 'working' });
    try {
      setState({ phase: 'done', result: await api.call('store.check', {}) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }

  return (
    <Stack gap="xs" maw={760}>
      <Title order={3} size="h5">
        Check the case store
      </Title>
      <Text size="sm">
        Redress checks its case store by itself after it was not closed properly (a crash or a power cut). You
        can also check it now; it takes a few seconds on a large store.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          onClick={() => void check()}
          loading={state.phase === 'working'}
        >
          Check the case store
        </Button>
      </Group>
      {state.phase === 'done' && (
        <Alert
          color={state.result.healthy ? 'teal' : 'red'}
          variant="light"
          role={state.result.healthy ? 'status' : 'alert'}
          title={state.result.healthy ? 'The case store is sound' : 'The case store is damaged'}
        >
          {state.result.message}
        </Alert>
      )}
      {state.phase === 'failed' && <ErrorAlert title="The check could not run" error={state.error} />}
    </Stack>
  );
}
