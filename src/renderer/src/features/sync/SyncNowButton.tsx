import { Button, Loader, type ButtonProps } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useShareStatus } from './ShareStatusProvider';

/**
 * "Sync now": one sync at a time for the whole window. While it runs the button stays focusable
 * (marked busy and inert to presses) rather than disabled: a disabled button drops the keyboard
 * focus to the page, so someone who pressed it by keyboard would lose their place.
 */
export function SyncNowButton(props: ButtonProps) {
  const { syncNow, syncingNow, status } = useShareStatus();
  const connected = Boolean(status && status.state !== 'not_set_up');
  return (
    <Button
      leftSection={syncingNow ? <Loader size={14} aria-hidden /> : <IconRefresh size={16} aria-hidden />}
      disabled={!connected}
      data-disabled={syncingNow || undefined}
      aria-disabled={syncingNow || undefined}
      aria-busy={syncingNow || undefined}
      onClick={() => {
        if (!syncingNow) void syncNow();
      }}
      {...props}
    >
      Sync now
    </Button>
  );
}
