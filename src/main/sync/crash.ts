// Fault injection for the crash tests: REDRESS_SYNC_CRASH_AT=<point> kills this process (SIGKILL,
// no clean-up) at that step, so tests can prove nothing is lost or applied twice.
export type CrashPoint =
  | 'export:after-intent'
  | 'export:after-write'
  | 'export:before-mark'
  | 'import:mid-apply'
  | 'bootstrap:mid-apply';

export function crashPoint(point: CrashPoint): void {
  if (process.env.REDRESS_SYNC_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
