// The health and safety flag, while it is raised: what the risk is, who was told and when.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconFirstAidKit } from '@tabler/icons-react';
import type { ComplaintView } from '../../../../shared/contract/types';
import { formatDateTime } from '../../ui/format';

export function HealthAndSafetyAlert({
  risk,
  onUpdate,
  onClear,
}: {
  risk: NonNullable<ComplaintView['healthAndSafety']>;
  onUpdate: () => void;
  onClear: () => void;
}) {
  return (
    <Alert
      color="red.9"
      variant="filled"
      role="alert"
      title="Health and safety risk"
      icon={<IconFirstAidKit aria-hidden />}
      styles={{ title: { color: 'white' }, message: { color: 'white' } }}
    >
      <Stack gap={6}>
        {risk.detail && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {risk.detail}
          </Text>
        )}
        <Text size="sm">
          {risk.toldWhom ? `Referred to ${risk.toldWhom}` : 'Who was told is not recorded yet'}
          {risk.toldAt ? ` on ${formatDateTime(risk.toldAt)}` : ''}.
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="white" color="red.9" onClick={onUpdate}>
            Update the risk
          </Button>
          <Button size="compact-sm" variant="white" color="dark" onClick={onClear}>
            Clear the flag
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
