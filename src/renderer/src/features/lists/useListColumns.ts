// The columns this officer shows in a list: loaded from their saved choice, saved on each change.
import { useState } from 'react';
import { DEFAULT_COLUMNS, type ListColumn, type ListName } from '../../../../shared/lists/columns';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

export function useListColumns(list: ListName) {
  const api = useApi();
  const saved = useQuery('lists.columns', { list });
  // The officer's choice in this session, once made; until then the saved one.
  const [columns, setColumns] = useState<readonly ListColumn[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shown = columns ?? saved.data?.columns ?? DEFAULT_COLUMNS[list];
  return {
    columns: shown,
    /** Shows the choice at once and keeps it; a failure to keep it is reported, the choice stays for now. */
    choose(next: ListColumn[]) {
      setColumns(next);
      setError(null);
      api.call('lists.setColumns', { list, columns: next }).then(
        (kept) => setColumns(kept.columns),
        (e: unknown) => setError(e),
      );
    },
    error,
  };
}
