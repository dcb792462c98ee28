import { useEffect, useRef } from 'react';
import { useShareStatus } from './ShareStatusProvider';

/** Calls `reload` when a sync brings other computers' changes in (not on first render). */
export function useReloadOnSync(reload: () => void): void {
  const { dataVersion } = useShareStatus();
  const seen = useRef(dataVersion);
  useEffect(() => {
    if (seen.current === dataVersion) return;
    seen.current = dataVersion;
    reload();
  }, [dataVersion, reload]);
}
