// A filterable, server-paged list of cases: the Cases screen and My work both use it.
import { Stack, Text } from '@mantine/core';
import type { CaseFilters } from './useCasePaging';
import { PAGE_SIZE, useCasePaging } from './useCasePaging';
import { CaseFiltersBar } from './CaseFiltersBar';
import { CasesTable } from './CasesTable';
import { Pager } from './Pager';
import { ErrorAlert, PageLoader } from '../../ui/Feedback';
import { useReloadOnSync } from '../sync';
import { ColumnsMenu, useListColumns } from '../lists';
import { plural } from '../../ui/format';

export function CaseList({
  listId,
  initial,
  fixed,
  mine = false,
  emptyText,
  noMatchText = 'No cases match. Try fewer words, or clear the filters.',
}: {
  listId: string;
  initial: CaseFilters;
  fixed?: Partial<CaseFilters>;
  /** Only the cases the current officer opened. */
  mine?: boolean;
  emptyText: string;
  noMatchText?: string;
}) {
  const paging = useCasePaging(listId, initial, fixed, mine);
  const f = paging.filters;
  const filtering = Boolean(f.search.trim() || (f.type && !fixed?.type) || (f.status && !fixed?.status));
  const { data, error, loading, reload } = paging.query;
  useReloadOnSync(reload);
  const columns = useListColumns('cases');
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  // Past the count's cap the main side says only "more than": so do the caption and the pager.
  const capped = data?.totalCapped ?? false;
  const from = (paging.page - 1) * PAGE_SIZE + 1;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const counted = capped ? `more than ${plural(total, 'case')}` : plural(total, 'case');
  const caption =
    items.length === 0
      ? ''
      : `Showing ${from.toLocaleString('en-GB')}–${(from + items.length - 1).toLocaleString('en-GB')} of ${counted}`;

  return (
    <Stack gap="md">
      <CaseFiltersBar filters={paging.filters} onChange={paging.setFilters} showStatus={!fixed?.status}>
        <ColumnsMenu list="cases" columns={columns.columns} onChange={columns.choose} error={columns.error} />
      </CaseFiltersBar>
      {error ? (
        <ErrorAlert title="The cases could not be loaded" error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoader label="Loading cases…" />
      ) : items.length === 0 ? (
        <Text role="status" py="lg">
          {filtering ? noMatchText : emptyText}
        </Text>
      ) : (
        <>
          <CasesTable
            items={items}
            loading={loading}
            caption={caption}
            columns={columns.columns}
            sortedByDeadline={f.sort === 'deadline'}
          />
          <Pager
            label="Case list pages"
            page={paging.page}
            pages={pages}
            total={total}
            capped={capped}
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
