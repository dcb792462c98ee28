// The store's health as the layers above see it: the on-demand integrity check, and the plain
// sentence for a failure of the store's disk (full, read-only, damaged) raised mid-procedure.
import type BetterSqlite3 from 'better-sqlite3';
import type { StoreCheck } from '../../shared/contract/backup';
import { quickCheck } from '../db/quickCheck';
import { DAMAGED_WAY_FORWARD } from '../db/storeErrors';

export { plainStoreError } from '../db/storeErrors';

/** PRAGMA quick_check on the open store: healthy, or what is wrong and what to do. */
export function checkStore(sqlite: BetterSqlite3.Database, dataDir: string, now: Date): StoreCheck {
  const started = Date.now();
  const problems = quickCheck(sqlite);
  const millis = Date.now() - started;
  const checkedAt = now.toISOString();
  if (problems.length === 0)
    return {
      healthy: true,
      checkedAt,
      millis,
      problems,
      message: `The case store in ${dataDir} passed SQLite's integrity check.`,
    };
  return {
    healthy: false,
    checkedAt,
    millis,
    problems,
    message: `The case store in ${dataDir} is damaged (SQLite's check found: ${problems[0]}). ${DAMAGED_WAY_FORWARD}`,
  };
}
