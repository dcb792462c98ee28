import { Button, type ButtonProps } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useShareStatus } from './ShareStatusProvider';

/** "Sync now": one sync at a time for the whole window, with a loader while it runs. */
export function SyncNowButton(props: ButtonProps) {
  const { syncNow, syncingNow, status } = useShareStatus();
  const connected = Boolean(status && status.state !== 'not_set_up');
  return (
    <Button
      leftSection={<IconRefresh size={16} aria-hidden />}
      loading={syncingNow}
      disabled={!connected}
      onClick={() => void syncNow()}
      {...props}
    >
      Sync now
    </Button>
  );
}
