// "Performance": the managers' dashboard. The period and filters live in the address, so a view
// can be bookmarked or sent to a colleague; every count opens the cases behind it.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useCan, whoMayCall } from '../../api/useCan';
import { useQuery } from '../../api/useQuery';
import { navigate } from '../../nav/useRoute';
import { todayIso, formatIsoDate } from '../../ui/dates';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { useReloadOnSync } from '../sync';
import { ChartPanel } from './ChartPanel';
import {
  MonthlyChart,
  OnTimeChart,
  OpenByStageChart,
  rootCauseRows,
  serviceAreaRows,
  ThemeBars,
} from './Charts';
import { DashboardFilters } from './DashboardFilters';
import { DrillDrawer } from './DrillDrawer';
import type { Drill } from './figureTable';
import { monthlyTable, onTimeTable, openTable, rootCauseTable, serviceAreaTable } from './figures';
import { Headlines } from './Headlines';
import { filtersOf, periodOf, readView, writeView, type DashboardView } from './view';
import { monthlyWords, onTimeWords, openWords, rootCauseWords, serviceAreaWords } from './words';

export function DashboardPage({ query }: { query: string }) {
  const allowed = useCan('reporting.dashboard');
  if (!allowed)
    return (
      <Stack gap="md">
        <PageTitle documentTitle="Performance">Performance</PageTitle>
        <Text role="note">{whoMayCall('reporting.dashboard')}</Text>
      </Stack>
    );
  return <Dashboard query={query} />;
}

function Dashboard({ query }: { query: string }) {
  const view = readView(query);
  const period = periodOf(view, todayIso());
  const filters = filtersOf(view);
  const [drill, setDrill] = useState<Drill | null>(null);
  const input = { from: period?.from ?? '2000-01-01', to: period?.to ?? '2000-01-01', filters };
  const { data, error, loading, reload } = useQuery('reporting.dashboard', input, {
    enabled: period !== null,
  });
  useReloadOnSync(reload);
  // The headline figures paint first; the charts and tables follow in the next render, so a
  // board member sees the numbers as soon as they arrive.
  const charts = useDeferredValue(data, undefined);

  const change = (c: Partial<DashboardView>) =>
    navigate({ name: 'performance', query: writeView({ ...view, ...c }) });
  const datesError =
    view.period === 'dates' && view.from && view.to && view.from > view.to
      ? 'The period must end on or after the day it starts'
      : undefined;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle="Performance">Performance</PageTitle>
        <Text c="dimmed" mt={4}>
          How complaints are handled against the Housing Ombudsman’s Complaint Handling Code, and the
          Regulator’s measures CH01 and CH02. Select any number to see the cases behind it.
        </Text>
      </div>
      <DashboardFilters view={view} onChange={change} datesError={datesError} />
      {!period ? (
        <Text role="note">Choose the first and last day of the period to see its figures.</Text>
      ) : error && !data ? (
        <ErrorAlert title="The figures could not be worked out" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Working out the figures…" />
      ) : (
        <Stack gap="lg" aria-busy={loading}>
          <Text fw={600} aria-live="polite">
            {formatIsoDate(data.from, { withYear: true })} to {formatIsoDate(data.to, { withYear: true })}
          </Text>
          <Headlines d={data} filters={filters} onDrill={setDrill} />
          {charts === undefined ? (
            <PageLoader label="Drawing the charts…" />
          ) : (
            <>
              <ChartPanel
                title="Open complaints today, by stage and urgency"
                table={openTable(charts, filters)}
                words={openWords(charts.openByStage)}
                onDrill={setDrill}
              >
                <OpenByStageChart d={charts} />
              </ChartPanel>
              <ChartPanel
                title="Received and responded to, by month"
                table={monthlyTable(charts, filters)}
                words={monthlyWords(charts.monthly)}
                onDrill={setDrill}
              >
                <MonthlyChart d={charts} />
              </ChartPanel>
              <ChartPanel
                title="Responses on time, by month"
                table={onTimeTable(charts, filters)}
                words={onTimeWords(charts.monthly)}
                onDrill={setDrill}
              >
                <OnTimeChart d={charts} />
              </ChartPanel>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                <ChartPanel
                  title="Complaints by root cause"
                  table={rootCauseTable(charts, filters)}
                  words={rootCauseWords(charts.themes)}
                  onDrill={setDrill}
                >
                  <ThemeBars rows={rootCauseRows(charts)} />
                </ChartPanel>
                <ChartPanel
                  title="Complaints by service area"
                  table={serviceAreaTable(charts, filters)}
                  words={serviceAreaWords(charts.themes)}
                  onDrill={setDrill}
                >
                  <ThemeBars rows={serviceAreaRows(charts)} />
                </ChartPanel>
              </SimpleGrid>
            </>
          )}
        </Stack>
      )}
      <DrillDrawer drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
