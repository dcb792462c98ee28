// One export of the post, followed from the window: started, its progress polled until it ends
// (the domain does the work in its own process; the window only asks how far it has got), and
// cancelled on request.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { PostExportProgress } from '../../../../shared/contract/post';
import { useApi } from '../../api/ApiContext';

const POLL_MS = 250;

export interface PostExport {
  progress: PostExportProgress | null;
  /** Why it could not start (a folder with files in it, no letters). */
  error: unknown;
  /** From the start until it ends. */
  busy: boolean;
  cancelling: boolean;
  start(input: InputOf<'post.export'>): Promise<void>;
  cancel(): Promise<void>;
  clear(): void;
}

export function usePostExport(): PostExport {
  const api = useApi();
  const [progress, setProgress] = useState<PostExportProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const follow = useCallback(
    async (exportId: string) => {
      while (live.current) {
        const p = await api.call('post.exportProgress', { exportId });
        if (!live.current) return;
        setProgress(p);
        if (p.state !== 'running') return;
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    [api],
  );

  const start = useCallback(
    async (input: InputOf<'post.export'>) => {
      setError(null);
      setProgress(null);
      setBusy(true);
      try {
        const started = await api.call('post.export', input);
        await follow(started.exportId);
      } catch (e) {
        if (live.current) setError(e);
      } finally {
        if (live.current) setBusy(false);
      }
    },
    [api, follow],
  );

  const cancel = useCallback(async () => {
    if (!progress) return;
    setCancelling(true);
    try {
      const p = await api.call('post.cancelExport', { exportId: progress.exportId });
      if (live.current) setProgress(p);
    } catch (e) {
      if (live.current) setError(e);
    } finally {
      if (live.current) setCancelling(false);
    }
  }, [api, progress]);

  const clear = useCallback(() => {
    setProgress(null);
    setError(null);
  }, []);

  return { progress, error, busy, cancelling, start, cancel, clear };
}
