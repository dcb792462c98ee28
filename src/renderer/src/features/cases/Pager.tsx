import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

export function Pager({
  page,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  loading,
  label,
}: {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  loading: boolean;
  label: string;
}) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group justify="space-between" role="navigation" aria-label={label}>
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} aria-hidden />}
        onClick={onPrevious}
        disabled={!hasPrevious || loading}
      >
        Previous page
      </Button>
      <Text size="sm" c="dimmed" aria-live="polite">
        Page {page}
      </Text>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} aria-hidden />}
        onClick={onNext}
        disabled={!hasNext || loading}
      >
        Next page
      </Button>
    </Group>
  );
}
