// A share link that is about to stop working, or has: in Settings and in the header's share
// details, a month ahead, so nobody finds out by sync quietly stopping.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ShareStatus } from '../../../../shared/contract/types';
import { credentialWarning } from '../../../../shared/share/credential';

export function CredentialExpiryAlert({
  status,
  compact = false,
}: {
  status: ShareStatus;
  compact?: boolean;
}) {
  const warning = credentialWarning(status.credentialExpires, new Date());
  if (!warning) return null;
  return (
    <Alert
      role="note"
      color={warning.level === 'expired' ? 'red' : 'orange'}
      variant="light"
      title={compact ? undefined : warning.level === 'expired' ? 'Share link expired' : 'Share link expiring'}
      p={compact ? 'xs' : undefined}
      icon={<IconAlertTriangle size={compact ? 16 : undefined} aria-hidden />}
    >
      {compact ? <Text size="sm">{warning.text}</Text> : warning.text}
    </Alert>
  );
}
