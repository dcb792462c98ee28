// One chart of the dashboard: its heading, a Chart/Table switch showing the same figures either
// way, the figures in words, and a CSV download of the table.
import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { Section } from '../../ui/Section';
import { downloadCsv, tableCsv, type Drill, type FigureTable } from './figureTable';
import { FigureTableView } from './FigureTableView';

export function ChartPanel({
  title,
  table,
  words,
  onDrill,
  children,
}: {
  title: string;
  table: FigureTable;
  words: string;
  onDrill: (d: Drill) => void;
  /** The chart. */
  children: ReactNode;
}) {
  const [show, setShow] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <Section
      title={title}
      id={`${id}-heading`}
      stack
      gap="sm"
      actions={
        <Group gap="xs">
          <SegmentedControl
            aria-label={`Show ${title.toLowerCase()} as`}
            size="xs"
            color="indigo.8"
            data={[
              { value: 'chart', label: 'Chart' },
              { value: 'table', label: 'Table' },
            ]}
            value={show}
            onChange={(v) => setShow(v as 'chart' | 'table')}
          />
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => downloadCsv(`${table.fileName}.csv`, tableCsv(table))}
            aria-label={`Download CSV: ${title}`}
          >
            Download CSV
          </Button>
        </Group>
      }
    >
      <Text size="sm">{words}</Text>
      {show === 'chart' ? (
        // The chart repeats the words and the table for sighted readers: hidden from screen readers.
        <div aria-hidden>{children}</div>
      ) : (
        <FigureTableView table={table} onDrill={onDrill} />
      )}
    </Section>
  );
}
