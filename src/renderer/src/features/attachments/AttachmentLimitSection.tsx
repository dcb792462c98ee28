// Settings → Attachments: the largest file anyone may attach, shared with every computer.
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { MAX_ATTACHMENT_LIMIT } from '../../../../shared/attachments/fileTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert } from '../../ui/Feedback';
import { Section } from '../../ui/Section';

const MB = 1_048_576;

export function AttachmentLimitSection() {
  const api = useApi();
  const limit = useQuery('attachments.limit', {});
  const [typed, setTyped] = useState<number | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stored = limit.data ? Math.round((limit.data.maxBytes / MB) * 10) / 10 : null;
  const value = typed ?? stored ?? '';

  async function save() {
    const mb = Number(value);
    if (!Number.isFinite(mb) || mb < 1 || mb > MAX_ATTACHMENT_LIMIT / MB) {
      setError(`Must be between 1 and ${MAX_ATTACHMENT_LIMIT / MB} MB`);
      return;
    }
    setBusy(true);
    try {
      const saved = await api.call('attachments.setLimit', { maxBytes: Math.round(mb * MB) });
      notifications.show({
        color: 'teal.9',
        message: `Attachments can now be up to ${saved.maxBytes / MB} MB`,
      });
      setTyped(null);
      setError(null);
      limit.reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Attachments" id="settings-attachments" titleSize="h3" p="lg" stack gap="md">
      {limit.error ? <ErrorAlert error={limit.error} onRetry={limit.reload} /> : null}
      <Text size="sm" c="dimmed">
        Photos, letters, emails and reports are kept beside the case store and shared with the other computers
        through the central share. Every computer uses the same limit.
      </Text>
      <Stack gap="xs" maw={320}>
        <NumberInput
          label="Largest file that can be attached"
          suffix=" MB"
          min={1}
          max={MAX_ATTACHMENT_LIMIT / MB}
          decimalScale={1}
          value={value}
          error={error}
          onChange={(v) => {
            setTyped(v);
            setError(null);
          }}
        />
        <Group>
          <Button onClick={save} loading={busy} disabled={typed === null || Number(typed) === stored}>
            Save limit
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
