// The long-running front doors (the Electron domain process, the local host) keep the daily
// store copies: one at start-up and a look every hour after, which makes the next day's copy
// soon after midnight (or after a laptop wakes). Reached through dispatch like everything else.
import type { Dispatch } from '../router/types';

const HOUR = 60 * 60 * 1000;

export function keepDailyBackups(dispatch: Dispatch, log: (line: string) => void): () => void {
  const run = async () => {
    const result = await dispatch('backup.daily', {});
    if (!result.ok) log(`Redress could not make today's store copy: ${result.error.message}`);
  };
  void run();
  const timer = setInterval(() => void run(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
