// "Lock" in the header: hides everything behind the sign-in screen at once (Ctrl+Shift+L too).
import { Button, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useModKey } from '../../ui/useModKey';
import { useLock } from './lockContext';

export function LockButton() {
  const { lock } = useLock();
  const modKey = useModKey();
  return (
    <Tooltip label={`Lock Redress now (${modKey}+Shift+L)`}>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconLock size={16} aria-hidden />}
        onClick={lock}
        aria-keyshortcuts="Control+Shift+L"
      >
        Lock
      </Button>
    </Tooltip>
  );
}
