// After the recovery key has been used: it has been out of its drawer, so an administrator is
// offered a new one at once (shown once, printed, "stored safely"); anyone else is told who can.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { FormAlert } from '../../ui/FormAlert';
import { RecoveryKeyStep } from './RecoveryKeyStep';

export function NewRecoveryKeyOffer({ mayMakeKey, onDone }: { mayMakeKey: boolean; onDone: () => void }) {
  const api = useApi();
  const [made, setMade] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (made) return <RecoveryKeyStep recoveryKey={made} onStored={onDone} />;
  if (!mayMakeKey)
    return (
      <Stack gap="md">
        <Text>
          Anyone who saw the recovery key can still use it. Ask an administrator to make a new one in Settings
          → Sign-in and security.
        </Text>
        <Group>
          <Button onClick={onDone}>Carry on</Button>
        </Group>
      </Stack>
    );
  return (
    <Stack gap="md">
      <Text>
        Anyone who saw the recovery key can still use it. Make a new one now: the old key stops working, and
        the new one is shown once, to print and lock away.
      </Text>
      <FormAlert message={error} />
      <Group>
        <Button
          loading={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            api.call('session.newRecoveryKey', {}).then(
              (r) => setMade(r.recoveryKey),
              (e) => {
                setBusy(false);
                setError(messageOf(e));
              },
            );
          }}
        >
          Make a new recovery key
        </Button>
        <Button variant="default" onClick={onDone}>
          Not now
        </Button>
      </Group>
    </Stack>
  );
}
