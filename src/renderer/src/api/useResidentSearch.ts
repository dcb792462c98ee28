// Find residents as the officer types: debounced, the latest answer kept on screen while the next
// is on its way (no flicker), answers to older queries ignored.
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ResidentSummary } from '../../../shared/contract/types';
import { useApi } from './ApiContext';
import { messageOf } from './errors';

const NONE: ResidentSummary[] = [];

export interface ResidentSearch {
  results: ResidentSummary[];
  error: string | null;
  /** An answer for the current query is on its way. */
  loading: boolean;
  /** Typing has not settled, or the answer has not come: "no match" would be premature. */
  waiting: boolean;
  /** The query the results answer ('' while loading). */
  searchedFor: string;
}

/** `enabled` false stops searching (e.g. once a resident is picked). */
export function useResidentSearch(query: string, enabled = true): ResidentSearch {
  const api = useApi();
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const [settled, setSettled] = useState<{ query: string; results: ResidentSummary[]; error: string | null }>(
    {
      query: '',
      results: [],
      error: null,
    },
  );
  const searching = enabled && debounced.length >= 2;
  useEffect(() => {
    if (!searching) return;
    let live = true;
    api.call('residents.find', { query: debounced, limit: 8 }).then(
      (found) => live && setSettled({ query: debounced, results: found, error: null }),
      (err: unknown) => live && setSettled({ query: debounced, results: [], error: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [api, debounced, searching]);

  const loading = searching && settled.query !== debounced;
  return {
    results: searching ? settled.results : NONE,
    error: searching ? settled.error : null,
    loading,
    waiting: enabled && query.trim().length >= 2 && (loading || debounced !== query.trim()),
    searchedFor: searching && !loading ? settled.query : '',
  };
}
