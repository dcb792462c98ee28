// A picture's thumbnail (the verified picture itself, scaled here), or a plain placeholder:
// a file that has not arrived, is damaged, or is not a picture never shows as a broken image.
import { Center, Image, Text } from '@mantine/core';
import { IconFile, IconFileAlert, IconHourglass } from '@tabler/icons-react';
import type { Attachment } from '../../../../shared/contract/attachments';
import { useQuery } from '../../api/useQuery';

const SIZE = 72;

function Placeholder({ kind, label }: { kind: 'file' | 'damaged' | 'waiting'; label: string }) {
  const Icon = kind === 'damaged' ? IconFileAlert : kind === 'waiting' ? IconHourglass : IconFile;
  return (
    <Center
      w={SIZE}
      h={SIZE}
      bg={kind === 'damaged' ? 'red.0' : 'gray.1'}
      style={{ borderRadius: 6, flexShrink: 0 }}
      aria-hidden
      title={label}
    >
      <Icon
        size={28}
        color={kind === 'damaged' ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-gray-7)'}
      />
    </Center>
  );
}

/**
 * A picture's thumbnail, fetched with its fingerprint checked: what the row shows, and the file's
 * true state (a listing checks only sizes, so a changed picture of the same size shows here).
 */
export function useThumbnail(attachment: Attachment) {
  const picture = attachment.mediaType.startsWith('image/') && attachment.state === 'here';
  const thumb = useQuery('attachments.thumbnail', { id: attachment.id }, { enabled: picture });
  const found = thumb.data?.state;
  const state: Attachment['state'] =
    found === 'damaged' || found === 'not_yet_arrived' ? found : attachment.state;
  return { picture, thumb, state };
}

export function Thumbnail({
  attachment,
  thumbnail,
}: {
  attachment: Attachment;
  thumbnail: ReturnType<typeof useThumbnail>;
}) {
  const { picture, thumb } = thumbnail;
  const data = thumb.data;
  // A data: URL (the page's policy allows data: images): nothing to revoke, nothing to leak.
  const url = data?.state === 'here' ? `data:${data.mediaType};base64,${data.bytes}` : null;
  if (attachment.state === 'not_yet_arrived' || data?.state === 'not_yet_arrived')
    return <Placeholder kind="waiting" label="Not arrived yet" />;
  if (attachment.state === 'damaged' || data?.state === 'damaged')
    return <Placeholder kind="damaged" label="Damaged" />;
  if (!picture || data?.state === 'no_preview' || thumb.error)
    return <Placeholder kind="file" label="File" />;
  if (!url) return <Placeholder kind="file" label="Loading" />;
  return (
    <Image
      src={url}
      alt={attachment.caption ? `Photo: ${attachment.caption}` : `Photo ${attachment.fileName}`}
      w={SIZE}
      h={SIZE}
      fit="cover"
      radius="sm"
      style={{ flexShrink: 0 }}
    />
  );
}

export function StateNote({ state }: { state: Attachment['state'] }) {
  if (state === 'here') return null;
  return (
    <Text size="sm" c={state === 'damaged' ? 'red.9' : 'dimmed'}>
      {state === 'damaged'
        ? 'This file has been changed or damaged since it was attached, so it is not shown.'
        : 'Not on this computer yet: it arrives when the computer it was attached on syncs.'}
    </Text>
  );
}
