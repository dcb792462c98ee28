import { useEffect, useRef, useState } from 'react';
import type { ShareStatus } from '../../../../shared/contract/types';
import type { ShareStateView } from './shareState';

/**
 * What screen readers hear: a change between settled states (offline, up to date, a problem, no
 * share), once. Not the first state on load, not counts, and not the brief "syncing" in between,
 * which comes and goes with every background sync.
 */
export function useShareAnnouncement(status: ShareStatus | undefined, view: ShareStateView | null): string {
  const [said, setSaid] = useState('');
  const previous = useRef<string | null>(null);
  const settled = status && status.state !== 'syncing' ? status.state : null;
  const next = settled && view ? view.announcement : null;
  useEffect(() => {
    if (next === null) return;
    if (previous.current !== null && previous.current !== next) setSaid(next);
    previous.current = next;
  }, [next]);
  return said;
}
