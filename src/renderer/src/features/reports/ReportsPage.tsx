// Reports (managers and administrators): the annual complaints performance and service
// improvement report with its narrative and the Code self-assessment, for a reporting year, and
// the quarterly pack for the board and its Member Responsible for Complaints.
import { Alert, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { reportingYearName, reportingYearOf } from '../../../../shared/reporting/period';
import { useCan, whoMayCall } from '../../api/useCan';
import { useQuery } from '../../api/useQuery';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { Section } from '../../ui/Section';
import { useReloadOnSync } from '../sync';
import { NarrativeForm } from './NarrativeForm';
import { AnnualReportDownloads, BoardPackDownload } from './ReportDownloads';
import { SelfAssessmentForm } from './SelfAssessmentForm';

function YearReports({ year }: { year: number }) {
  const report = useQuery('annualReport.get', { year });
  const assessment = useQuery('selfAssessment.get', { year });
  useReloadOnSync(() => {
    report.reload();
    assessment.reload();
  });
  if (report.error && !report.data)
    return (
      <ErrorAlert
        title="The annual report could not be loaded"
        error={report.error}
        onRetry={report.reload}
      />
    );
  if (assessment.error && !assessment.data)
    return (
      <ErrorAlert
        title="The self-assessment could not be loaded"
        error={assessment.error}
        onRetry={assessment.reload}
      />
    );
  if (!report.data || !assessment.data) return <PageLoader label="Loading the year's reports…" />;
  return (
    <>
      <Section title={`Annual complaints report ${reportingYearName(year)}`} id="reports-annual">
        <Stack gap="md">
          <Text size="sm" maw={760}>
            {report.data.landlordName}, 1 April {year} to 31 March {year + 1}. The report contains:{' '}
            {report.data.contents.join('; ')}.
          </Text>
          <AnnualReportDownloads year={year} pdfAvailable={report.data.pdfAvailable} />
        </Stack>
      </Section>
      <Section title="The report's narrative" id="reports-narrative">
        <NarrativeForm key={`narrative-${year}`} report={report.data} onSaved={report.reload} />
      </Section>
      <Section title="Code self-assessment" id="reports-self-assessment">
        <SelfAssessmentForm
          key={`assessment-${year}`}
          assessment={assessment.data}
          onSaved={assessment.reload}
        />
      </Section>
    </>
  );
}

export function ReportsPage() {
  const allowed = useCan('selfAssessment.get');
  const current = reportingYearOf(new Date().toISOString().slice(0, 10));
  const years = [0, 1, 2, 3].map((i) => current - i);
  const [year, setYear] = useState(current);
  return (
    <Stack gap="lg" maw={1100}>
      <PageTitle documentTitle="Reports">Reports</PageTitle>
      {!allowed ? (
        <Alert color="gray">{whoMayCall('selfAssessment.get')}</Alert>
      ) : (
        <>
          <Select
            label="Reporting year"
            description="1 April to 31 March"
            data={years.map((y) => ({ value: String(y), label: reportingYearName(y) }))}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={220}
          />
          <YearReports key={year} year={year} />
          <Section title="Board pack" id="reports-board">
            <Stack gap="xs">
              <Text size="sm" maw={760}>
                The quarterly figures for the board and its Member Responsible for Complaints: volumes,
                categories, outcomes, compliance and themes, compared with the quarter before.
              </Text>
              <BoardPackDownload />
            </Stack>
          </Section>
        </>
      )}
    </Stack>
  );
}
