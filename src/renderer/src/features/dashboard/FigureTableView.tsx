// A chart's figures as an accessible table: row and column headers, and each count a button that
// lists the cases behind it.
import { Button, Table, Text } from '@mantine/core';
import type { Drill, FigureTable } from './figureTable';

export function FigureTableView({ table, onDrill }: { table: FigureTable; onDrill: (d: Drill) => void }) {
  if (table.rows.length === 0)
    return <Text c="dimmed">Nothing to show for this period and these filters.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder withColumnBorders verticalSpacing={4}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{table.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c) => (
              <Table.Th key={c} scope="col">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.head}>
              <Table.Th scope="row">{row.head}</Table.Th>
              {row.cells.map((cell, i) => (
                <Table.Td key={table.columns[i + 1]} ta="right">
                  {cell.drill ? (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => onDrill(cell.drill!)}
                      aria-label={`${cell.text}: ${cell.drill.title}. Show the cases`}
                    >
                      {cell.text}
                    </Button>
                  ) : (
                    cell.text
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
