// "Open cases": the managers' view of every open case, most urgent first, with filters by stage,
// officer and service area, and counts of what is overdue, due today and due soon.
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { useSession } from '../../api/SessionContext';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { PageTitle } from '../../ui/PageTitle';
import {
  listCaption,
  MAX_LIMIT,
  MoreButton,
  PAGE,
  urgencyCounts,
  UrgencySummary,
  WorkTable,
} from '../my-work';
import { useReloadOnSync } from '../sync';
import { OpenCasesFiltersBar } from './OpenCasesFiltersBar';
import { isFiltered, useOpenCasesFilters, workListInput } from './useOpenCasesFilters';

export function OpenCasesPage() {
  const { me } = useSession();
  const { filters, change, clear } = useOpenCasesFilters();
  const [limit, setLimit] = useState(PAGE);
  const work = useQuery('work.list', workListInput(filters, limit));
  const people = useQuery('people.list', {});
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
          Every open case in the team, overdue first, then due today, then by date. Cases with a health and
          safety risk are marked in red.
        </Text>
      </div>
      <OpenCasesFiltersBar
        filters={filters}
        onChange={(c) => {
          setLimit(PAGE);
          change(c);
        }}
        onClear={() => {
          setLimit(PAGE);
          clear();
        }}
        people={people.data ?? []}
        peopleLoading={people.loading}
        meId={me.id}
      />
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
            counts={urgencyCounts(items, total)}
            label={filtered ? 'Open cases matching the filters, by urgency' : 'Open cases by urgency'}
          />
          {items.length === 0 ? (
            <Text role="status" py="lg">
              {filtered
                ? 'No open cases match these filters. Try another stage, officer or service area, or clear the filters.'
                : 'There are no open cases. Cases appear here when calls are logged as complaints, enquiries or service requests.'}
            </Text>
          ) : (
            <>
              <WorkTable
                items={items}
                loading={loading}
                label="Open cases"
                caption={`${listCaption(items.length, total)}${filtered ? ' (filtered)' : ''}`}
                showOwner
                showServiceArea
              />
              <MoreButton
                shown={items.length}
                total={total}
                limit={limit}
                max={MAX_LIMIT}
                loading={loading}
                onMore={() => setLimit((l) => Math.min(MAX_LIMIT, l + PAGE))}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
