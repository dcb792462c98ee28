// How long someone waits after wrong passwords before the next try: three tries free (a typo, a
// caps lock), then longer waits, so guessing at the keyboard is slow while a real officer is only
// briefly held up. Kept on disk, so restarting Redress does not reset it.

const WAITS_AFTER_FREE_TRIES = [5, 15, 30, 60, 120, 300];
const FREE_TRIES = 3;

/** Seconds to wait after `failures` wrong passwords in a row. */
export function backOffSeconds(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  const step = Math.min(failures - FREE_TRIES, WAITS_AFTER_FREE_TRIES.length - 1);
  return WAITS_AFTER_FREE_TRIES[step]!;
}

/** Seconds still to wait now, given the failures and when the last one was. */
export function secondsStillToWait(failures: number, lastFailureAt: string | null, now: Date): number {
  if (!lastFailureAt) return 0;
  const until = Date.parse(lastFailureAt) + backOffSeconds(failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
