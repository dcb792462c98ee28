// Building a report and handing it over: the annual report as Word or PDF, the board pack for a
// calendar quarter. Each button shows it is working while the document is built.
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReportFile } from '../../../../shared/contract/reports';
import { quarterLabel, reportingQuarterName } from '../../../../shared/reporting/period';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../ui/Feedback';
import { handOver } from './saveFile';

type State =
  | { phase: 'idle' }
  | { phase: 'working'; what: string }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; error: unknown };

function useBuild() {
  const [state, setState] = useState<State>({ phase: 'idle' });
  async function build(what: string, make: () => Promise<ReportFile>) {
    setState({ phase: 'working', what });
    try {
      setState({ phase: 'done', fileName: await handOver(await make()) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }
  return { state, build };
}

function Outcome({ state }: { state: State }) {
  if (state.phase === 'done')
    return (
      <Alert color="teal" variant="light" role="status" p="sm" maw={760}>
        Saved {state.fileName}.
      </Alert>
    );
  if (state.phase === 'failed') return <ErrorAlert title="The document was not made" error={state.error} />;
  if (state.phase === 'working')
    return (
      <Text size="sm" role="status">
        Building the {state.what}…
      </Text>
    );
  return null;
}

export function AnnualReportDownloads({ year, pdfAvailable }: { year: number; pdfAvailable: boolean }) {
  const api = useApi();
  const { state, build } = useBuild();
  const working = state.phase === 'working';
  return (
    <Stack gap="xs">
      <Group>
        <Button
          leftSection={<IconFileTypeDocx size={18} aria-hidden />}
          loading={working && state.what === 'annual report (Word)'}
          disabled={working}
          onClick={() =>
            void build('annual report (Word)', () => api.call('annualReport.export', { year, pdf: false }))
          }
        >
          Download annual report (Word)
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          loading={working && state.what === 'annual report (PDF)'}
          disabled={working || !pdfAvailable}
          onClick={() =>
            void build('annual report (PDF)', () => api.call('annualReport.export', { year, pdf: true }))
          }
        >
          Download annual report (PDF)
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypeDocx size={18} aria-hidden />}
          loading={working && state.what === 'self-assessment'}
          disabled={working}
          onClick={() => void build('self-assessment', () => api.call('selfAssessment.export', { year }))}
        >
          Download self-assessment (Word)
        </Button>
      </Group>
      {!pdfAvailable && (
        <Text size="sm" c="dimmed">
          The PDF needs LibreOffice, which is not installed on this computer. The Word document can be saved
          as PDF from Word.
        </Text>
      )}
      <Outcome state={state} />
    </Stack>
  );
}

/** The last eight calendar quarters, newest first. */
function quarters(today: Date): string[] {
  let year = today.getFullYear();
  let q = Math.floor(today.getMonth() / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    out.push(`${year}Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}

export function BoardPackDownload() {
  const api = useApi();
  const options = quarters(new Date());
  const [quarter, setQuarter] = useState(options[0]!);
  const { state, build } = useBuild();
  return (
    <Stack gap="xs">
      <Group align="end">
        <Select
          label="Quarter"
          data={options.map((q) => ({
            value: q,
            label: `${quarterLabel(q)} (${reportingQuarterName(q) ?? q})`,
          }))}
          value={quarter}
          onChange={(v) => v && setQuarter(v)}
          allowDeselect={false}
          w={360}
        />
        <Button
          leftSection={<IconFileTypeDocx size={18} aria-hidden />}
          loading={state.phase === 'working'}
          onClick={() => void build('board pack', () => api.call('boardPack.export', { quarter }))}
        >
          Download board pack (Word)
        </Button>
      </Group>
      <Outcome state={state} />
    </Stack>
  );
}
