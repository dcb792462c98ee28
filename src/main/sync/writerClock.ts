// The writer's clock self-check: after writing a file to the share, compare the time the share
// stamped on it with this computer's clock around the write. A computer whose clock is well off
// stamps its changes with wrong times (a clock far ahead wins every edit until the others catch
// up; far enough ahead and the others hold its changes), and its owner is usually the last to
// know. This only warns: it never stops sync, and nothing reads modification times to decide
// what to import.
//
// Tolerance: 10 minutes. Actual Budget and Evolu warn at 5 minutes of drift between devices; the
// share's own clock adds its error on top (a NAS or file server without time sync drifts by
// minutes), as do timestamp granularity (2 s on FAT/exFAT) and a slow write (the rename is
// retried for up to ~20 s on a busy Windows share). 10 minutes stays clear of those, catches the
// common real mistakes (a wrong time zone or daylight-saving setting: whole hours; a dead clock
// battery: days or years), and warns long before the 24 hours at which other computers hold
// this one's changes. Note: on a cloud-synced folder (OneDrive, Dropbox…) the file is written to
// this computer's own disk, so the time it carries is this computer's: the check then always
// agrees and simply sees nothing — it can miss a wrong clock there, never invent one.
import type BetterSqlite3 from 'better-sqlite3';
import { OWN_CLOCK_ITEM } from '../../shared/sync/attentionIds';
import type { ShareFs } from './shareFs';
import type { AtStore } from './storeAccess';

export const OWN_CLOCK_TOLERANCE_MS = 10 * 60_000;

/** This computer's clock minus the share's (positive: ahead), or 0 when the share's time falls within the write. */
export function clockOffset(shareMtime: number, before: number, after: number): number {
  if (shareMtime < before) return before - shareMtime;
  if (shareMtime > after) return after - shareMtime;
  return 0;
}

export function describeOffset(ms: number): string {
  const abs = Math.abs(ms);
  const minutes = Math.round(abs / 60_000);
  const hours = Math.round(abs / 3_600_000);
  const days = Math.round(abs / 86_400_000);
  const amount =
    minutes < 90
      ? `${minutes} minutes`
      : hours < 48
        ? `${hours} hours`
        : days < 730
          ? `${days} days`
          : `${Math.round(days / 365)} years`;
  return `${amount} ${ms > 0 ? 'ahead of' : 'behind'}`;
}

/**
 * Compares the share's time on `path` (a file this computer has just written, between `before`
 * and `after` by its own clock) and raises or settles the `clock:self` item. Returns the offset,
 * or null when the share gave no time. Never throws.
 */
export async function checkWriterClock(
  store: AtStore,
  fs: ShareFs,
  path: string,
  before: number,
  wall: () => number,
): Promise<number | null> {
  try {
    if (!fs.mtime) return null;
    const mtime = await fs.mtime(path);
    const after = wall();
    if (mtime === null || !Number.isFinite(mtime)) return null;
    const offset = clockOffset(mtime, before, after);
    const at = new Date(after).toISOString();
    await store((db) => recordOffset(db, offset, mtime, after, at));
    return offset;
  } catch {
    return null; // a hint only: a share that cannot say, or a failed look, changes nothing
  }
}

function recordOffset(
  db: BetterSqlite3.Database,
  offset: number,
  mtime: number,
  after: number,
  at: string,
): void {
  if (Math.abs(offset) > OWN_CLOCK_TOLERANCE_MS) {
    const share = new Date(mtime).toISOString().slice(0, 16).replace('T', ' ');
    const here = new Date(after).toISOString().slice(0, 16).replace('T', ' ');
    // One item, updated in place while the clock stays wrong; raised again only after it was right.
    db.prepare(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'clock', NULL, NULL, NULL, ?, ?, ?, NULL)
       ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, data = excluded.data,
         created_at = CASE WHEN attention.resolved_at IS NULL THEN attention.created_at ELSE excluded.created_at END,
         resolved_at = NULL`,
    ).run(
      OWN_CLOCK_ITEM,
      `This computer’s clock seems to be ${describeOffset(offset)} the share’s (this computer said ${here} UTC when the share stamped a file it had just written ${share} UTC). ` +
        'Changes made here carry this computer’s time, so they may win or lose against other people’s edits when they should not. Sync carries on.',
      JSON.stringify({ offsetMs: offset, shareTime: mtime, localTime: after }),
      at,
    );
  } else {
    db.prepare('UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL').run(
      at,
      OWN_CLOCK_ITEM,
    );
  }
}
