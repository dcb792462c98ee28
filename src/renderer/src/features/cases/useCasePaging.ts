// Keyset paging over cases.list: the server pages, we keep the cursors we came through so
// "Previous page" can go back. Filters reset to the first page.
import { useEffect, useState } from 'react';
import type { CaseSort } from '../../../../shared/contract/inputs';
import type { CaseType, Openness } from '../../../../shared/domain/vocabulary';
import { useQuery } from '../../api/useQuery';

export interface CaseFilters {
  search: string;
  type: CaseType | null;
  status: Openness | null;
  sort: CaseSort;
}

interface PagingState {
  filters: CaseFilters;
  cursors: Array<string | null>; // cursors[i] fetches page i+1
}

// Remember where each list was, so coming back from a case lands on the same page.
const memory = new Map<string, PagingState>();

export const PAGE_SIZE = 25;

export function useCasePaging(
  listId: string,
  initial: CaseFilters,
  fixed: Partial<CaseFilters> = {},
  mine = false,
) {
  const [state, setState] = useState<PagingState>(
    () => memory.get(listId) ?? { filters: initial, cursors: [null] },
  );
  useEffect(() => {
    memory.set(listId, state);
  }, [listId, state]);

  const { filters, cursors } = state;
  const effective = { ...filters, ...fixed };
  const cursor = cursors[cursors.length - 1] ?? null;
  const query = useQuery('cases.list', {
    search: effective.search.trim() || undefined,
    type: effective.type,
    status: effective.status,
    sort: effective.sort,
    ...(mine ? { mine: true } : {}),
    cursor,
    limit: PAGE_SIZE,
  });

  return {
    filters,
    page: cursors.length,
    query,
    setFilters(change: Partial<CaseFilters>) {
      setState((s) => ({ filters: { ...s.filters, ...change }, cursors: [null] }));
    },
    next() {
      const nextCursor = query.data?.nextCursor;
      if (nextCursor) setState((s) => ({ ...s, cursors: [...s.cursors, nextCursor] }));
    },
    previous() {
      setState((s) => (s.cursors.length > 1 ? { ...s, cursors: s.cursors.slice(0, -1) } : s));
    },
    hasNext: Boolean(query.data?.nextCursor),
    hasPrevious: cursors.length > 1,
  };
}
