// Locks after `minutes` without a key press, click, scroll or mouse movement in this window. The
// deadline is a time of day checked by a timer, so a laptop waking after hours locks at once.
import { useEffect } from 'react';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;

/** `onIdle` should be stable (useCallback): a new one starts the count again. */
export function useInactivityLock(minutes: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    const limit = minutes * 60_000;
    let lastUse = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const left = lastUse + limit - Date.now();
      if (left <= 0) onIdle();
      else timer = setTimeout(check, Math.min(left, 30_000));
    };
    const used = () => {
      lastUse = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, used, { capture: true, passive: true });
    timer = setTimeout(check, Math.min(limit, 30_000));
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, used, { capture: true });
    };
  }, [minutes, active, onIdle]);
}
