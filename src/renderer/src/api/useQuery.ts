// Load one procedure's answer for a screen: loading, error and a reload. While a new answer is on
// its way the previous one stays on screen (marked loading), and a late answer to an older
// request never replaces a newer one.
import { useCallback, useEffect, useState } from 'react';
import type { InputOf, OutputOf, ProcedureName } from '../../../shared/contract';
import { useApi } from './ApiContext';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  requestKey: string;
  data: T | undefined;
  error: unknown;
}

export function useQuery<K extends ProcedureName>(
  procedure: K,
  input: InputOf<K>,
  options: { enabled?: boolean } = {},
): QueryState<OutputOf<K>> {
  const api = useApi();
  const enabled = options.enabled ?? true;
  const [tick, setTick] = useState(0);
  const requestKey = `${procedure}\u0000${JSON.stringify(input)}\u0000${tick}`;
  const [settled, setSettled] = useState<Settled<OutputOf<K>> | null>(null);
  const [lastGood, setLastGood] = useState<OutputOf<K> | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const [, inputJson] = requestKey.split('\u0000');
    api.call(procedure, JSON.parse(inputJson ?? '{}') as InputOf<K>).then(
      (data) => {
        if (!live) return;
        setSettled({ requestKey, data, error: null });
        setLastGood(data);
      },
      (error: unknown) => {
        if (live) setSettled({ requestKey, data: undefined, error });
      },
    );
    return () => {
      live = false;
    };
  }, [api, procedure, requestKey, enabled]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const current = settled?.requestKey === requestKey ? settled : null;
  return {
    data: current ? current.data : lastGood,
    error: current?.error ?? null,
    loading: enabled && !current,
    reload,
  };
}
