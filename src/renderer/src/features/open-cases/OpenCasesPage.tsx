// "Open cases": the managers' view of every open case, most urgent first, a page at a time, with
// filters by stage, officer, type and service area, urgency tiles that filter, and the columns
// each officer chooses. Paging, totals and counts come from the server's indexes.
import { Stack, Text } from '@mantine/core';
import { useQuery } from '../../api/useQuery';
import { useSession } from '../../api/SessionContext';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import { ColumnsMenu, RangePager, showingRange, useListColumns } from '../lists';
import { UrgencySummary, urgencyWords, WorkTable } from '../my-work';
import { useReloadOnSync } from '../sync';
import { OpenCasesFiltersBar } from './OpenCasesFiltersBar';
import { isFiltered, OPEN_CASES_PAGE, useOpenCasesFilters, workListInput } from './useOpenCasesFilters';

export function OpenCasesPage() {
  const { me } = useSession();
  const { filters, offset, change, clear, goTo } = useOpenCasesFilters();
  const work = useQuery('work.list', workListInput(filters, offset));
  const people = useQuery('people.list', {});
  const columns = useListColumns('open_cases');
  useReloadOnSync(work.reload);

  const { data, error, loading, reload } = work;
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const filtered = isFiltered(filters);

  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle="Open cases">Open cases</PageTitle>
        <Text c="dimmed" mt={4}>
          Every open case in the team, soonest deadline first (overdue at the top, cases with nothing due at
          the end). Cases with a health and safety risk are marked in red and come first on the same date.
        </Text>
      </div>
      <OpenCasesFiltersBar
        filters={filters}
        onChange={change}
        onClear={clear}
        people={people.data ?? []}
        peopleLoading={people.loading}
        meId={me.id}
      >
        <ColumnsMenu
          list="open_cases"
          columns={columns.columns}
          onChange={columns.choose}
          error={columns.error}
        />
      </OpenCasesFiltersBar>
      {people.error ? (
        <Text size="sm" c="red.9" role="alert">
          The list of officers could not be loaded, so the Officer filter is empty.
        </Text>
      ) : null}
      {error && !data ? (
        <ErrorAlert title="The open cases could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading open cases…" />
      ) : (
        <>
          {error && (
            <ErrorAlert
              title="The open cases could not be brought up to date"
              error={error}
              onRetry={reload}
            />
          )}
          <UrgencySummary
            tiles={data.tiles}
            active={filters.urgency}
            onToggle={(urgency) => change({ urgency })}
            label={
              filtered
                ? 'Open cases matching the filters, by urgency (press one to show only those)'
                : 'Open cases by urgency (press one to show only those)'
            }
          />
          {items.length === 0 ? (
            <Text role="status" py="lg">
              {filters.urgency
                ? `No open case matching the filters is ${urgencyWords(filters.urgency)}. Press the tile again, or clear the filters.`
                : filtered
                  ? 'No open cases match these filters. Try another stage, officer, type or service area, or clear the filters.'
                  : 'There are no open cases. Cases appear here when calls are logged as complaints, enquiries or service requests.'}
            </Text>
          ) : (
            <>
              <WorkTable
                items={items}
                loading={loading}
                label="Open cases"
                caption={`${showingRange(data.offset, items.length, total, 'open case')}${filtered ? ' (filtered)' : ''}`}
                columns={columns.columns}
              />
              <RangePager
                label="Open cases pages"
                offset={data.offset}
                pageSize={OPEN_CASES_PAGE}
                total={total}
                onOffset={goTo}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
