// One poller of `share.status` for the whole window: the header indicator, the navbar's
// "Needs attention" count, Settings and the Needs attention page all read it from here.
import { notifications } from '@mantine/notifications';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ShareStatus, SyncReport } from '../../../../shared/contract/types';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/errors';
import { describeSyncReport } from './shareState';

/** How often to ask: every 5 s, every second while a sync is running. */
export const POLL_MS = 5_000;
export const POLL_SYNCING_MS = 1_000;

interface ShareStatusValue {
  status: ShareStatus | undefined;
  /** The last poll's error (null once a poll succeeds again). */
  error: unknown;
  /** Ask now (after connecting, resolving, …). */
  refresh: () => Promise<void>;
  /** Replace the status with one a mutation returned. */
  accept: (status: ShareStatus) => void;
  /** Sync now, then tell the person what happened. Resolves to the report, or null on failure. */
  syncNow: () => Promise<SyncReport | null>;
  syncingNow: boolean;
  /** Goes up when a sync brought changes in, so screens showing records can reload. */
  dataVersion: number;
}

/** Changes: the newest change we hold from each other computer. */
function incomingSignature(status: ShareStatus): string {
  return status.devices.map((d) => `${d.replicaId}@${d.lastChangeAt ?? ''}`).join('|');
}

const Context = createContext<ShareStatusValue | null>(null);

export function ShareStatusProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [status, setStatus] = useState<ShareStatus | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [syncingNow, setSyncingNow] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  const inFlight = useRef(false);
  const lastIncoming = useRef<string | undefined>(undefined);

  const accept = useCallback((next: ShareStatus) => {
    // A sync in the background brought other computers' changes in: screens should reload.
    const incoming = incomingSignature(next);
    if (lastIncoming.current !== undefined && incoming !== lastIncoming.current) {
      setDataVersion((v) => v + 1);
    }
    lastIncoming.current = incoming;
    setStatus(next);
    setError(null);
  }, []);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      accept(await api.call('share.status', {}));
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
    }
  }, [api, accept]);

  const syncNow = useCallback(async () => {
    setSyncingNow(true);
    try {
      const report = await api.call('sync.now', {});
      const view = describeSyncReport(report);
      notifications.show({
        color: view.needsAttention ? 'orange.9' : 'teal.9',
        title: 'Sync finished',
        message: view.message,
      });
      if (report.imported > 0) setDataVersion((v) => v + 1);
      return report;
    } catch (e) {
      notifications.show({ color: 'red.8', title: 'Sync did not finish', message: messageOf(e) });
      return null;
    } finally {
      setSyncingNow(false);
      await refresh();
    }
  }, [api, refresh]);

  const state = status?.state;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const tick = async () => {
      if (!document.hidden) await refresh();
      if (live) timer = setTimeout(tick, state === 'syncing' ? POLL_SYNCING_MS : POLL_MS);
    };
    void tick();
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh, state]);

  const value = useMemo(
    () => ({ status, error, refresh, accept, syncNow, syncingNow, dataVersion }),
    [status, error, refresh, accept, syncNow, syncingNow, dataVersion],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useShareStatus(): ShareStatusValue {
  const value = useContext(Context);
  if (!value) throw new Error('useShareStatus must be used inside <ShareStatusProvider>');
  return value;
}
