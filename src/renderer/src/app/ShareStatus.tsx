import { Badge, Tooltip } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';

/** Placeholder until the central share (sync between officers) exists. */
export function ShareStatus() {
  return (
    <Tooltip label="Your work is saved on this computer. Sharing with colleagues arrives with the central share feature.">
      <Badge
        tabIndex={0}
        color="gray.7"
        variant="outline"
        radius="sm"
        size="lg"
        leftSection={<IconCloudOff size={14} aria-hidden />}
        style={{ textTransform: 'none', cursor: 'help' }}
      >
        Offline — no central share set up
      </Badge>
    </Tooltip>
  );
}
