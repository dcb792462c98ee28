// After an erasure has been applied here (made here, or read from the share), this computer's own
// files on the share must stop holding the erased data too. Only a writer ever changes its own
// folder, so each computer cleans its own, and after all have synced none holds it:
//  - segments: each of ours whose changes the erasure scrubbed is written again from the scrubbed
//    change log, under the same sequence number and a new name (the name carries the content's
//    hash), and the old file removed. A reader that had applied the old one skips the sequence
//    number; one that had not reads the new one, which holds the same changes (same clock values)
//    with the erased values; one caught between listing and reading finds the old name gone and
//    looks again next time. A change it reads anyway from an old copy is anonymised on arrival.
//  - snapshot: a new one is written from the scrubbed store, which removes our older ones.
//  - files: attachments and letters the erasure covered are removed from our blob folder.
// Crash-safe and idempotent: the superseded names are recorded before the new name is, so a rerun
// (every sync runs this first while it is due) finishes the job, and an old file left behind is
// never mistaken for another computer writing as us.
import type BetterSqlite3 from 'better-sqlite3';
import { ERASED_BLOBS, ERASURE_SHARE_DUE, erasedBlobsOf, fileStillNamed } from '../store/erasure';
import { compactAfterErasure, compactionDue } from '../store/erasureCompaction';
import { sharedBlobPath } from './blobs';
import { verifiedGcPoint } from './gcPoint';
import { opsBetween, type Range } from './exporter';
import { shareKeyOf, shareKeysOf } from './keyring';
import type { SyncContext } from './port';
import { parseSegmentName, sealSegment, segmentName, type SegmentHeader } from './segment';
import { segmentDir, snapshotDir, type ShareFs } from './shareFs';
import { writeSnapshot } from './snapshot';
import type { AtStore } from './storeAccess';
import { readMeta as meta, writeMeta as setMeta } from '../store/meta';

const SUPERSEDED = 'erasure_superseded';

type HeaderFields = Omit<SegmentHeader, 'magic' | 'format' | 'count' | 'hlcFirst' | 'hlcLast'>;

/** Cleans this computer's share folder and disk after erasures; a no-op unless one is due. */
export async function finishErasures(ctx: SyncContext, store: AtStore, fs: ShareFs): Promise<boolean> {
  if (!(await store((db) => meta(db, ERASURE_SHARE_DUE)))) return false;
  const rid = ctx.installation.id;
  await removeSuperseded(store, fs, rid);
  const exports = await store(
    (db) =>
      db
        .prepare(
          `SELECT seq, name, first_change, last_change, first_view, last_view, header FROM sync_exports WHERE state = 'done' ORDER BY seq`,
        )
        .all() as Array<Range & { seq: number; name: string; header: string }>,
  );
  // Segments garbage collection removed are not written again: our new snapshot holds their changes.
  const removedThrough = await verifiedGcPoint(
    fs,
    rid,
    await fs.list(segmentDir(rid)),
    await store((db) => shareKeysOf(db, rid)),
  );
  for (const e of exports) {
    if (e.seq <= removedThrough) continue;
    const bytes = await store((db) => {
      // Sealed and signed like every segment we write (the name stays over the plain content).
      const { bytes, sha256 } = sealSegment(
        shareKeysOf(db, rid),
        JSON.parse(e.header) as HeaderFields,
        opsBetween(db, rid, e),
      );
      return segmentName(e.seq, sha256) === e.name ? null : { bytes, name: segmentName(e.seq, sha256) };
    });
    if (!bytes) continue;
    // writeNew refuses a name already there (a rerun after a crash): no look first.
    try {
      await fs.writeNew(`${segmentDir(rid)}/${bytes.name}`, bytes.bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    await store((db) =>
      db.transaction(() => {
        setMeta(db, SUPERSEDED, JSON.stringify([...superseded(db), e.name]));
        db.prepare('UPDATE sync_exports SET name = ? WHERE seq = ?').run(bytes.name, e.seq);
      })(),
    );
    await removeSuperseded(store, fs, rid);
  }
  // Our snapshot held everyone's changes as they were: a new one from the scrubbed store replaces it.
  if ((await fs.list(snapshotDir(rid))).some((n) => parseSegmentName(n)?.kind === 'snapshot'))
    await writeSnapshot(ctx, fs);
  const { hashes, key } = await store((db) => ({
    hashes: erasedBlobsOf(db).filter((h) => !fileStillNamed(db, h)),
    key: shareKeyOf(db),
  }));
  for (const hash of hashes) await removeIfThere(fs, sharedBlobPath(key, rid, hash));
  await store((db) => {
    if (compactionDue(db)) compactAfterErasure(db, ctx.dataDir);
    db.transaction(() => {
      const del = db.prepare('DELETE FROM sync_blobs WHERE sha256 = ?');
      for (const h of hashes) del.run(h);
      db.prepare('DELETE FROM meta WHERE key IN (?, ?)').run(ERASURE_SHARE_DUE, ERASED_BLOBS);
    })();
  });
  return true;
}

function superseded(db: BetterSqlite3.Database): string[] {
  try {
    const list = JSON.parse(meta(db, SUPERSEDED) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

/** Removes our segment files that a rewrite replaced (recorded before the replacement was). */
async function removeSuperseded(store: AtStore, fs: ShareFs, rid: string): Promise<void> {
  const names = await store(superseded);
  for (const name of names) await removeIfThere(fs, `${segmentDir(rid)}/${name}`);
  if (names.length) await store((db) => db.prepare('DELETE FROM meta WHERE key = ?').run(SUPERSEDED));
}

/** Removes one of our files; one already gone is fine (a rerun), without a look first. */
async function removeIfThere(fs: ShareFs, path: string): Promise<void> {
  try {
    await fs.remove(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
