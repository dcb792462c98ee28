// The icon beside the share's state in the header: a cloud, a cut plug, a ring while syncing.
import { RingProgress } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff, IconPlugConnectedX } from '@tabler/icons-react';
import type { ShareStatus } from '../../../../shared/contract/types';
import { progressPercent } from './shareState';

export function ShareStateIcon({ status }: { status: ShareStatus }) {
  switch (status.state) {
    case 'not_set_up':
      return <IconCloudOff size={16} aria-hidden />;
    case 'offline':
      return <IconPlugConnectedX size={16} aria-hidden />;
    case 'syncing': {
      const pct = progressPercent(status.progress);
      return (
        <RingProgress
          size={20}
          thickness={3}
          roundCaps
          sections={[{ value: pct ?? 15, color: 'indigo.8' }]}
          rootColor="indigo.1"
          aria-hidden
        />
      );
    }
    case 'up_to_date':
      return <IconCloudCheck size={16} aria-hidden />;
    case 'error':
      return <IconAlertTriangle size={16} aria-hidden />;
  }
}
