import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { plural } from '../../ui/format';

export function Pager({
  page,
  pages,
  total,
  capped = false,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  loading,
  label,
}: {
  page: number;
  /** How many pages and cases the filters match, when known. */
  pages?: number;
  total?: number;
  /** More match than were counted: "Page 3 of 200+ · more than 10,000 cases". */
  capped?: boolean;
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
        Page {page.toLocaleString('en-GB')}
        {pages !== undefined && total !== undefined
          ? capped
            ? ` of ${pages.toLocaleString('en-GB')}+ · more than ${plural(total, 'case')}`
            : ` of ${pages.toLocaleString('en-GB')} · ${plural(total, 'case')}`
          : ''}
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
