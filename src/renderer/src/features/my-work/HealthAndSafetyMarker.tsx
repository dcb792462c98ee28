import { Group, Text } from '@mantine/core';
import { IconFirstAidKit } from '@tabler/icons-react';

/** A case flagged as a health and safety risk: an icon and the words, never colour alone. */
export function HealthAndSafetyMarker() {
  return (
    <Group gap={6} wrap="nowrap" c="red.9" data-hs-risk>
      <IconFirstAidKit size={18} aria-hidden style={{ flexShrink: 0 }} />
      <Text span size="sm" fw={600} c="red.9" style={{ whiteSpace: 'nowrap' }}>
        Health and safety risk
      </Text>
    </Group>
  );
}
