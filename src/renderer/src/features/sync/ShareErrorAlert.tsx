// Why the last sync failed, shown in Settings and (compact) in the header's share details.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ShareStatus } from '../../../../shared/contract/types';

export function ShareErrorAlert({ status, compact = false }: { status: ShareStatus; compact?: boolean }) {
  if (status.state !== 'error' || !status.lastError) return null;
  return (
    <Alert
      role="note"
      color="red"
      variant="light"
      title={compact ? undefined : 'What went wrong'}
      p={compact ? 'xs' : undefined}
      icon={<IconAlertTriangle size={compact ? 16 : undefined} aria-hidden />}
    >
      {compact ? <Text size="sm">{status.lastError}</Text> : status.lastError}
    </Alert>
  );
}
