// An issued letter says so at the top, with who issued it and how, and offers its file: it can no
// longer be changed, and a correction is a new letter.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { Letter } from '../../../../shared/contract/letters';
import { LETTER_METHOD_LABELS } from '../../../../shared/letters/letterTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { formatIsoDate } from '../../ui/dates';
import { downloadLetter } from './letterFile';

export function IssuedNote({ letter }: { letter: Letter }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      await downloadLetter(api, letter.id);
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: 'The letter was not downloaded',
        message: messageOf(error),
      });
    } finally {
      setBusy(false);
    }
  }

  const on = letter.issuedOn ? formatIsoDate(letter.issuedOn) : 'an unknown date';
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconLock aria-hidden />}
      title="Issued"
      aria-label="Issued letter"
    >
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text size="sm">
            Issued on {on}
            {letter.issuedBy ? ` by ${letter.issuedBy}` : ''}
            {letter.method ? `, ${LETTER_METHOD_LABELS[letter.method].toLowerCase()}` : ''} — a correction is
            a new letter.
          </Text>
          {letter.sha256 && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              File fingerprint (SHA-256): {letter.sha256}
            </Text>
          )}
        </Stack>
        <Button
          size="sm"
          variant="outline"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => void download()}
          loading={busy}
        >
          Download DOCX
        </Button>
      </Group>
    </Alert>
  );
}
