// A filterable, server-paged list of cases: the Cases screen and My work both use it.
import { Stack, Text } from '@mantine/core';
import type { CaseFilters } from './useCasePaging';
import { PAGE_SIZE, useCasePaging } from './useCasePaging';
import { CaseFiltersBar } from './CaseFiltersBar';
import { CasesTable } from './CasesTable';
import { Pager } from './Pager';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';

export function CaseList({
  listId,
  initial,
  fixed,
  emptyText,
}: {
  listId: string;
  initial: CaseFilters;
  fixed?: Partial<CaseFilters>;
  emptyText: string;
}) {
  const paging = useCasePaging(listId, initial, fixed);
  const { data, error, loading, reload } = paging.query;
  const items = data?.items ?? [];
  const from = (paging.page - 1) * PAGE_SIZE + 1;
  const caption =
    items.length === 0
      ? ''
      : `Showing ${from.toLocaleString('en-GB')}–${(from + items.length - 1).toLocaleString('en-GB')}${paging.hasNext ? ', more on the next page' : ''}`;

  return (
    <Stack gap="md">
      <CaseFiltersBar filters={paging.filters} onChange={paging.setFilters} showStatus={!fixed?.status} />
      {error ? (
        <ErrorAlert title="The cases could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading cases…" />
      ) : items.length === 0 ? (
        <Text role="status" py="lg">
          {emptyText}
        </Text>
      ) : (
        <>
          <CasesTable items={items} loading={loading} caption={caption} />
          <Pager
            label="Case list pages"
            page={paging.page}
            hasPrevious={paging.hasPrevious}
            hasNext={paging.hasNext}
            onPrevious={paging.previous}
            onNext={paging.next}
            loading={loading}
          />
        </>
      )}
    </Stack>
  );
}
