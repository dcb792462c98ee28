// Settings → Sign-in and security: how many minutes without use before Redress locks itself on
// this computer (1 to 240).
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { LockAfterInput } from '../../../../shared/contract/session';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf } from '../../api/errors';
import { useLock } from './lockContext';

export function LockAfterForm() {
  const api = useApi();
  const { session, update } = useLock();
  const [minutes, setMinutes] = useState<number | string>(session.lockAfterMinutes);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { minutes: typeof minutes === 'number' ? minutes : Number.NaN };
    const parsed = LockAfterInput.safeParse(input);
    if (!parsed.success) {
      setError(fieldErrorsFromZod(parsed.error.issues).minutes ?? 'Enter a number of minutes from 1 to 240');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const next = await api.call('session.setLockAfter', input);
      update(next);
      notifications.show({
        color: 'teal.9',
        message: `Redress now locks after ${next.lockAfterMinutes} ${next.lockAfterMinutes === 1 ? 'minute' : 'minutes'} without use`,
      });
    } catch (e) {
      setError(fieldErrorsFrom(e).minutes ?? messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Lock after">
      <Stack gap="sm" maw={420}>
        <NumberInput
          label="Lock after this many minutes without use"
          description="From 1 to 240. This computer only."
          value={minutes}
          onChange={(v) => {
            setMinutes(v);
            setError(null);
          }}
          error={error}
          min={1}
          max={240}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          maw={340}
        />
        <Group>
          <Button type="submit" loading={busy} variant="default">
            Save lock time
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
