import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { DEMO_CASES } from '../../../../shared/contract/inputs';
import type { SeedResult } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';

/** `requested`: the app was started with `--demo`, so the data is added without asking again. */
export function DemoDataStep({ onDone, requested }: { onDone: () => void; requested: boolean }) {
  const api = useApi();
  const [state, setState] = useState<{
    phase: 'choose' | 'seeding' | 'done' | 'failed';
    result?: SeedResult;
    error?: unknown;
  }>({
    phase: 'choose',
  });

  async function seed() {
    setState({ phase: 'seeding' });
    try {
      const result = await api.call('demo.seedEmptyStore', {});
      setState({ phase: 'done', result });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }

  // Once only, even when React runs effects twice in development.
  const started = useRef(false);
  useEffect(() => {
    if (!requested || started.current) return;
    started.current = true;
    void seed();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on arrival at this step, once
  }, [requested]);

  if (state.phase === 'seeding') {
    return (
      <Group role="status" aria-live="polite" gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>Adding {DEMO_CASES} demo cases with made-up residents and calls…</Text>
      </Group>
    );
  }

  if (state.phase === 'done' && state.result) {
    const r = state.result;
    return (
      <Stack>
        <Alert color="teal" variant="light" title="Demo data added" role="status">
          Added {r.cases.toLocaleString('en-GB')} cases, {r.residents.toLocaleString('en-GB')} residents and{' '}
          {r.contacts.toLocaleString('en-GB')} calls in {(r.millis / 1000).toFixed(1)} seconds. All names and
          addresses are made up.
        </Alert>
        <Group>
          <Button onClick={onDone} autoFocus>
            Start using Redress
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      <Text>
        Would you like some made-up residents, calls and cases to try things out with? You can tell demo
        records apart by their invented names. Leave this out if you are going to record real calls.
      </Text>
      {state.phase === 'failed' && (
        <ErrorAlert title="The demo data could not be added" error={state.error} />
      )}
      <Group>
        <Button onClick={seed} autoFocus>
          Add demo data
        </Button>
        <Button variant="default" onClick={onDone}>
          Start with an empty store
        </Button>
      </Group>
    </Stack>
  );
}
