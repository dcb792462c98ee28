// Settings → Sign-in and security, for administrators: a new recovery key for this computer. The
// old key stops working at once; the new one is shown once, with the set-up's print and "stored
// safely" step.
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { FormAlert } from '../../ui/FormAlert';
import { RecoveryKeyStep } from './RecoveryKeyStep';

export function NewRecoveryKeyForm() {
  const api = useApi();
  const [made, setMade] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (made)
    return (
      <RecoveryKeyStep
        recoveryKey={made}
        onStored={() => {
          setMade(null);
          notifications.show({ color: 'teal.9', message: 'The new recovery key is in use' });
        }}
      />
    );

  async function make() {
    setBusy(true);
    setError(null);
    try {
      setMade((await api.call('session.newRecoveryKey', {})).recoveryKey);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" maw={760}>
      <Text size="sm">
        The recovery key opens this computer’s store if every password is forgotten. Make a new one if the
        printed key is lost, has been used, or may have been seen by someone who should not have it: the old
        key stops working at once.
      </Text>
      <FormAlert message={error} />
      <Group>
        <Button variant="default" loading={busy} onClick={() => void make()}>
          Make a new recovery key
        </Button>
      </Group>
    </Stack>
  );
}
