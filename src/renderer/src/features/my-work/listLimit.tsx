// Work lists load the most urgent cases up to a limit; "Show more" raises it.
import { Button, Group, Text } from '@mantine/core';
import { plural } from '../../ui/format';

export const PAGE = 200;
/** The most work.list gives in one answer. */
export const MAX_LIMIT = 1000;

export function listCaption(shown: number, total: number): string {
  if (shown >= total) return `${plural(total, 'open case')}, most urgent first`;
  return `The ${shown.toLocaleString('en-GB')} most urgent of ${plural(total, 'open case')}`;
}

export function MoreButton({
  shown,
  total,
  limit,
  max,
  loading,
  onMore,
}: {
  shown: number;
  total: number;
  limit: number;
  max: number;
  loading: boolean;
  onMore: () => void;
}) {
  if (shown >= total) return null;
  if (limit >= max) {
    return (
      <Text size="sm" c="dimmed">
        Only the {max.toLocaleString('en-GB')} most urgent cases are listed. Narrow the list with the filters
        to see the others.
      </Text>
    );
  }
  return (
    <Group>
      <Button variant="default" onClick={onMore} loading={loading}>
        Show {Math.min(PAGE, total - shown).toLocaleString('en-GB')} more
      </Button>
    </Group>
  );
}
