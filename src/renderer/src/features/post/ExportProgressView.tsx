// An export on its way: the step, files done of the step's total, a bar for the whole, and Cancel.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { PostExportProgress } from '../../../../shared/contract/post';

export function ExportProgressView({
  progress,
  cancelling,
  onCancel,
}: {
  progress: PostExportProgress | null;
  cancelling: boolean;
  onCancel(): void;
}) {
  const step = progress
    ? `${progress.stepLabel}: ${progress.done} of ${progress.total}`
    : 'Starting the export…';
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{step}</Text>
        <Button
          size="xs"
          variant="default"
          color="red"
          onClick={onCancel}
          loading={cancelling}
          disabled={!progress}
        >
          Cancel the export
        </Button>
      </Group>
      <Progress value={progress?.percent ?? 0} size="lg" aria-label="How far the export has got" />
    </Stack>
  );
}
