import { Container, Divider, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import type { AppStatus, Person } from '../../../../shared/contract/types';
import { RestoreBackupForm } from '../backup';
import { DemoDataStep } from './DemoDataStep';
import { OfficerForm } from './OfficerForm';
import { RecoveryKeyStep } from '../sign-in';

export function WelcomeScreen({ status, onDone }: { status: AppStatus; onDone: () => void }) {
  useDocumentTitle('Welcome · Redress');
  const [me, setMe] = useState<Person | null>(null);
  // Held only until the officer says it is stored: Redress never shows it again.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const step = !me ? 0 : recoveryKey ? 1 : 2;
  // A restore on a new computer gives its store a data key, and so a recovery key, of its own.
  const [restoredKey, setRestoredKey] = useState<string | null>(null);

  function saved(person: Person, key: string) {
    setMe(person);
    setRecoveryKey(key);
  }

  function stored() {
    setRecoveryKey(null);
    // Only offer demo data on an empty store.
    if (!status.isEmpty) onDone();
  }

  if (restoredKey)
    return (
      <Container size="sm" py={48}>
        <Paper withBorder radius="md" p="xl" component="main">
          <Stack gap="lg">
            <Title order={1}>Store this computer’s recovery key</Title>
            <Text>
              The backup is restored. This computer keeps it under a key of its own, so it has a recovery key
              of its own too: the old computer’s recovery key does not open it.
            </Text>
            <RecoveryKeyStep recoveryKey={restoredKey} onStored={onDone} />
          </Stack>
        </Paper>
      </Container>
    );

  return (
    <Container size="sm" py={48}>
      <Paper withBorder radius="md" p="xl" component="main">
        <Stack gap="lg">
          <div>
            <Title order={1}>Welcome to Redress</Title>
            <Text mt="sm">
              Redress helps you log residents’ calls quickly and keep track of complaints, so that every
              complaint is recognised, recorded and answered the way the Housing Ombudsman’s Complaint
              Handling Code expects.
            </Text>
            <Text mt="xs" c="dimmed" size="sm">
              Everything is stored on this computer, in {status.dataDir}.
            </Text>
          </div>
          <Stepper active={step} size="sm" allowNextStepsSelect={false}>
            <Stepper.Step label="About you" description="Who is recording">
              <Stack mt="md">
                <Title order={2} size="h4">
                  About you
                </Title>
                <OfficerForm onSaved={saved} />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label="Recovery key" description="Shown once">
              <Stack mt="md">
                <Title order={2} size="h4">
                  Store your recovery key
                </Title>
                {recoveryKey && <RecoveryKeyStep recoveryKey={recoveryKey} onStored={stored} />}
              </Stack>
            </Stepper.Step>
            <Stepper.Step label="Getting started" description="Demo data or empty">
              <Stack mt="md">
                <Title order={2} size="h4">
                  Thanks{me ? `, ${me.name.split(' ')[0]}` : ''}. How would you like to start?
                </Title>
                <DemoDataStep onDone={onDone} requested={status.demoRequested} />
              </Stack>
            </Stepper.Step>
          </Stepper>
          {status.isEmpty && !me && (
            <Stack gap="sm">
              <Divider />
              <Title order={2} size="h4">
                Replacing a computer?
              </Title>
              <Text size="sm">
                Restore its backup here instead: its cases, calls and history come back, and you continue as
                the officer who used it.
              </Text>
              <RestoreBackupForm
                onRestored={(result) => (result.recoveryKey ? setRestoredKey(result.recoveryKey) : onDone())}
              />
            </Stack>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
