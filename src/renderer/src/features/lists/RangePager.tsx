// Pages of a long list: "Showing 51–100 of 1,234 open cases" and numbered pages to move between.
import { Group, Pagination, Text } from '@mantine/core';
import { plural } from '../../ui/format';

export function showingRange(offset: number, shown: number, total: number, noun: string): string {
  if (total === 0) return `No ${noun}s`;
  const from = offset + 1;
  const to = offset + shown;
  return `Showing ${from.toLocaleString('en-GB')}–${to.toLocaleString('en-GB')} of ${plural(total, noun)}`;
}

export function RangePager({
  offset,
  pageSize,
  total,
  onOffset,
  label,
}: {
  offset: number;
  pageSize: number;
  total: number;
  onOffset: (offset: number) => void;
  /** The pager's accessible name. */
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const page = Math.floor(offset / pageSize) + 1;
  return (
    <Group justify="space-between" component="nav" aria-label={label}>
      <Text size="sm" c="dimmed" aria-live="polite">
        Page {page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={(p) => onOffset((p - 1) * pageSize)}
        withEdges
        getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        getControlProps={(control) => ({
          'aria-label': {
            first: 'First page',
            previous: 'Previous page',
            next: 'Next page',
            last: 'Last page',
          }[control],
        })}
      />
    </Group>
  );
}
