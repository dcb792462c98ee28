// "Columns": which columns a list shows, as checkboxes in a popover; the choice is this officer's.
import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import {
  COLUMN_LABELS,
  columnsInOrder,
  LIST_COLUMNS,
  type ListColumn,
  type ListName,
} from '../../../../shared/lists/columns';

export function ColumnsMenu({
  list,
  columns,
  onChange,
  error,
}: {
  list: ListName;
  columns: readonly ListColumn[];
  onChange: (columns: ListColumn[]) => void;
  error?: unknown;
}) {
  return (
    <Popover position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label="Columns to show"
          description="The reference always shows. Kept for you on this computer."
          value={[...columns]}
          onChange={(v) => onChange(columnsInOrder(list, v))}
        >
          <Stack gap="xs" mt="xs">
            {(LIST_COLUMNS[list] as readonly ListColumn[]).map((c) => (
              <Checkbox key={c} value={c} label={COLUMN_LABELS[c]} />
            ))}
          </Stack>
        </Checkbox.Group>
        {error ? (
          <Text size="sm" c="red.9" mt="xs" role="alert">
            Your choice could not be kept; it applies until you close Redress.
          </Text>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}
