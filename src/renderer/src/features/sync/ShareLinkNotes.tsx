// What a pasted cloud link says about itself before it is used: the kind of storage, when the
// link stops working, and rights it should not have (a SAS that can overwrite files).
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { BACKEND_NAMES, credentialWarning } from '../../../../shared/share/credential';
import { parseShareLocation, type ShareLocation } from '../../../../shared/share/location';

function read(line: string): ShareLocation | null {
  try {
    return parseShareLocation(line);
  } catch {
    return null;
  }
}

export function ShareLinkNotes({ line }: { line: string }) {
  const location = read(line);
  if (!location || location.backend === 'folder') return null;
  const notes: string[] = [];
  if (location.backend === 'azure') {
    const rights = location.permissions;
    if (rights.includes('w'))
      notes.push(
        'This link has the write right, so a stolen copy could replace files on the share. Ask for one with read, create and list rights only (sp=rcl).',
      );
    const missing = ['r', 'c', 'l'].filter((r) => !rights.includes(r));
    if (missing.length > 0)
      notes.push(
        `This link lacks the ${missing.map((r) => ({ r: 'read', c: 'create', l: 'list' })[r]).join(', ')} right${missing.length > 1 ? 's' : ''} Redress needs.`,
      );
    const warning = credentialWarning(location.expiresAt, new Date());
    if (warning) notes.push(warning.text);
  }
  return (
    <Alert
      role="note"
      color={notes.length > 0 ? 'orange' : 'blue'}
      variant="light"
      icon={notes.length > 0 ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
      title={BACKEND_NAMES[location.backend]}
      maw={680}
    >
      {location.backend === 'azure' && location.expiresAt && notes.length === 0 && (
        <Text size="sm">
          This link works until{' '}
          {new Date(location.expiresAt).toLocaleDateString('en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          })}
          .
        </Text>
      )}
      {location.backend === 's3' && (
        <Text size="sm">Give the bucket’s access key below (scoped to this bucket and folder).</Text>
      )}
      {notes.map((n) => (
        <Text size="sm" key={n}>
          {n}
        </Text>
      ))}
    </Alert>
  );
}
