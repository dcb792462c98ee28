// The cases behind a figure: `reporting.cases` for the figure's measure, period and filters (the
// same rule that counted them), in a drawer with a link to each case and a CSV of the list.
import { Button, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReportCase } from '../../../../shared/contract/reporting';
import { csvDocument } from '../../../../shared/letters/post/csv';
import { SERVICE_AREA_LABELS } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';
import { RouteLink } from '../../nav/RouteLink';
import { formatIsoDate } from '../../ui/dates';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { csvFileName, downloadCsv, type Drill } from './figureTable';

const COLUMNS = [
  'Reference',
  'Stage',
  'Received',
  'Responded',
  'Due',
  'Working days',
  'Officer',
  'Service area',
  'Note',
] as const;

/** Received, Responded, Due: kept on one line each. */
const DATE_COLUMNS = new Set([2, 3, 4]);

const date = (iso: string | null) => (iso ? formatIsoDate(iso, { withYear: true }) : '');

/** A case's row as text, for the table and the CSV alike (the CSV keeps ISO dates for spreadsheets). */
function cells(c: ReportCase, dates: (iso: string | null) => string): string[] {
  return [
    c.reference,
    String(c.stage),
    dates(c.receivedOn),
    dates(c.respondedOn),
    dates(c.extendedTo ?? c.dueOn) + (c.extendedTo && c.dueOn ? ` (extended from ${dates(c.dueOn)})` : ''),
    c.workingDays === null ? '' : String(c.workingDays),
    c.officer ?? '',
    c.serviceArea ? SERVICE_AREA_LABELS[c.serviceArea] : '',
    c.note ?? '',
  ];
}

export function DrillDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const input = drill
    ? { measure: drill.measure, from: drill.from, to: drill.to, filters: drill.filters }
    : { measure: 'stage1.received' as const, from: '2000-01-01', to: '2000-01-01', filters: {} };
  const { data, error, loading, reload } = useQuery('reporting.cases', input, { enabled: drill !== null });
  const shown = drill && data && !loading ? data : null;
  const title = drill ? drill.title : '';

  const download = () => {
    if (!shown) return;
    const text = csvDocument([[...COLUMNS], ...shown.cases.map((c) => cells(c, (iso) => iso ?? ''))]);
    downloadCsv(csvFileName(shown.measure, shown.from, shown.to), text);
  };

  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size="80%"
      title={
        <Text fw={650} size="lg" component="span">
          {shown
            ? `${shown.count.toLocaleString('en-GB')} ${shown.count === 1 ? 'case' : 'cases'}: ${title}`
            : title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the list of cases' }}
    >
      {error ? (
        <ErrorAlert title="The cases could not be listed" error={error} onRetry={reload} />
      ) : !shown ? (
        <PageLoader label="Finding the cases…" />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {formatIsoDate(shown.from, { withYear: true })} to {formatIsoDate(shown.to, { withYear: true })}
            </Text>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={download}
              disabled={shown.cases.length === 0}
            >
              Download these cases (CSV)
            </Button>
          </Group>
          {shown.cases.length === 0 ? (
            <Text>No cases.</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing={4} fz="sm">
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{title}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {COLUMNS.map((c) => (
                      <Table.Th key={c} scope="col">
                        {c}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.cases.map((c) => {
                    const [, ...rest] = cells(c, date);
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                          <RouteLink to={{ name: 'case', id: c.id }}>{c.reference}</RouteLink>
                        </Table.Th>
                        {rest.map((text, i) => (
                          <Table.Td
                            key={COLUMNS[i + 1]}
                            style={DATE_COLUMNS.has(i + 1) ? { whiteSpace: 'nowrap' } : undefined}
                          >
                            {text}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
