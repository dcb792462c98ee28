// The long-running front doors (the Electron domain process, the local host) keep the daily
// store copies: one at start-up and a look every hour after, which makes the next day's copy
// soon after midnight (or after a laptop wakes). Reached through dispatch like everything else.
// Copies are encrypted under the store's key like the store itself (store/onlineBackup.ts).
import type { Dispatch } from '../router/types';

const HOUR = 60 * 60 * 1000;

export function keepDailyBackups(dispatch: Dispatch, log: (line: string) => void): () => void {
  const run = async () => {
    const result = await dispatch('backup.daily', {});
    // Locked at start-up (the store opens at sign-in): the next hourly look makes the copy.
    if (!result.ok && result.error.code !== 'SIGNED_OUT')
      log(`Redress could not make today's store copy: ${result.error.message}`);
  };
  void run();
  const timer = setInterval(() => void run(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
