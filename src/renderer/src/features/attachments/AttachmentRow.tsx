// One attached file: thumbnail, name, size, caption, who added it and when, the point it supports,
// and Open (the desktop app's system viewer) or Download (a browser). Remove asks first.
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Attachment } from '../../../../shared/contract/attachments';
import { fileSizeInWords } from '../../../../shared/attachments/fileTypes';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { fileOpener } from '../../api/transport';
import { formatDateTime } from '../../ui/format';
import { bytesOf, download } from '../../ui/fileBytes';
import { StateNote, Thumbnail, useThumbnail } from './Thumbnail';

export function AttachmentRow({
  attachment,
  pointLabel,
  onChanged,
  canRemove,
}: {
  attachment: Attachment;
  pointLabel: string | null;
  onChanged: () => void;
  canRemove: boolean;
}) {
  const api = useApi();
  const [busy, setBusy] = useState<'open' | 'remove' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const opener = fileOpener();
  const a = attachment;
  const thumbnail = useThumbnail(a);

  async function open() {
    setBusy('open');
    try {
      const file = await api.call('attachments.get', { id: a.id });
      if (opener) {
        const problem = await opener(a.fileName, bytesOf(file.bytes));
        if (problem) throw new Error(`“${a.fileName}” could not be opened: ${problem}`);
      } else download(a.fileName, a.mediaType, file.bytes);
    } catch (error) {
      notifications.show({ color: 'red.9', title: 'The file was not opened', message: messageOf(error) });
      onChanged();
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy('remove');
    try {
      await api.call('attachments.remove', { id: a.id });
      notifications.show({ color: 'teal.9', message: `Removed “${a.fileName}” from the case` });
      onChanged();
    } catch (error) {
      notifications.show({ color: 'red.9', title: 'Not removed', message: messageOf(error) });
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  }

  return (
    <Group component="li" align="flex-start" wrap="nowrap" gap="sm" aria-label={a.fileName}>
      <Thumbnail attachment={a} thumbnail={thumbnail} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {a.fileName}
        </Text>
        {a.caption && <Text size="sm">{a.caption}</Text>}
        <Text size="sm" c="dimmed">
          {fileSizeInWords(a.sizeBytes)} · added {formatDateTime(a.createdAt)}
          {a.addedBy ? ` by ${a.addedBy}` : ''}
          {pointLabel ? ` · ${pointLabel}` : ''}
        </Text>
        <StateNote state={thumbnail.state} />
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            variant="outline"
            onClick={open}
            loading={busy === 'open'}
            aria-label={`${opener ? 'Open' : 'Download'} ${a.fileName}`}
          >
            {opener ? 'Open' : 'Download'}
          </Button>
          {canRemove &&
            (confirming ? (
              <>
                <Button size="xs" color="red.9" onClick={remove} loading={busy === 'remove'}>
                  Remove “{a.fileName}”
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button
                size="xs"
                variant="default"
                onClick={() => setConfirming(true)}
                aria-label={`Remove ${a.fileName}`}
              >
                Remove
              </Button>
            ))}
        </Group>
      </Stack>
    </Group>
  );
}
