// Garbage collection of this installation's own segments, so the share's listings and storage
// stay flat as years of history accumulate. Once every installation on the share has taken in
// our old segments, and a snapshot of ours on the share holds their changes, they are removed.
//
// Whose reading counts: every installation with a hello in replicas/, approved or not. Former
// identities count too: a copied computer given a new identity leaves the old one to the copy,
// which still reads (identity.ts), so nothing on the share proves an identity retired. An
// installation that has acknowledged nothing yet (sync_replicas.acked_our_seq, from the
// headers of its own segments) keeps everything.
//
// What stays: the segment just after the removed ones (a newcomer checks a snapshot's claim
// against the last segment it claims, gcPoint.ts), and everything after it. The signed marker
// goes on the share before any segment is removed, so no reader ever meets a hole without it.
// Only our own files are ever removed: the segments we wrote (as sync_exports records them),
// our older markers and our older hellos.
import { readMeta } from '../store/meta';
import { AppError } from '../../shared/contract/errors';
import type { ShareGc } from '../../shared/contract/types';
import { FORK_DETAIL, forkDetected } from './identity';
import { listOtherReplicas } from './importer';
import { shareKeysOf } from './keyring';
import type { SyncContext } from './port';
import { gcMarkers, gcPointsOn, reachesGcPoints, sealGcPoint, verifiedGcPoint } from './gcPoint';
import { readShareFormat } from './share';
import { replicaDir, segmentDir, snapshotDir, type ShareFs } from './shareFs';
import { OWN_SNAPSHOT_META, writeSnapshot } from './snapshot';
import { storeAccess } from './storeAccess';

const HELLO = /^hello-\d{13}-[0-9a-f]{12}\.json$/;

export interface GcOptions {
  /** Write a new snapshot when that is all that stands between us and removing (default true). */
  snapshot?: boolean;
}

interface Reader {
  rid: string;
  label: string;
  acked: number;
}

/** Removes what of ours everyone has read and our snapshot holds; says what it kept and why. */
export async function collectGarbage(
  ctx: SyncContext,
  fs: ShareFs,
  options: GcOptions = {},
): Promise<ShareGc> {
  const started = performance.now();
  const store = storeAccess(ctx);
  const rid = ctx.installation.id;
  const format = await readShareFormat(fs);
  if (!format || (await store((db) => readMeta(db, 'share_id'))) !== format.shareId)
    throw new AppError('CONFLICT', `${fs.label} is not the central share this computer belongs to.`);
  // Another computer writes as us: our folder is not ours alone.
  if (await store((db) => forkDetected(db, rid))) throw new AppError('CONFLICT', FORK_DETAIL);

  const readers: Reader[] = [];
  for (const other of await listOtherReplicas(fs, rid)) {
    if (!(await fs.list(replicaDir(other))).some((n) => HELLO.test(n))) continue;
    const row = await store(
      (db) =>
        db.prepare('SELECT label, acked_our_seq FROM sync_replicas WHERE rid = ?').get(other) as
          { label: string | null; acked_our_seq: number | null } | undefined,
    );
    readers.push({
      rid: other,
      label: row?.label ?? 'A computer that has joined the share',
      acked: row?.acked_our_seq ?? 0,
    });
  }
  // What this share says of us: our own signed point (a share we moved to may have none yet),
  // and which of our segments are still on it.
  const keys = await store((db) => shareKeysOf(db, rid));
  const names = await fs.list(segmentDir(rid));
  const prior = await verifiedGcPoint(fs, rid, names, keys);
  const local = () =>
    store((db) => ({
      exports: new Map(
        (
          db.prepare(`SELECT seq, name FROM sync_exports WHERE state = 'done'`).all() as Array<{
            seq: number;
            name: string;
          }>
        ).map((r) => [r.name, r.seq]),
      ),
      own: ownSnapshot(readMeta(db, OWN_SNAPSHOT_META), rid),
    }));
  let { exports, own } = await local();
  const lastOf = () => Math.max(0, ...exports.values());
  let last = lastOf();
  const everyoneRead = readers.reduce((min, r) => Math.min(min, r.acked), last);
  const report: ShareGc = {
    segmentsRemoved: 0,
    bytesFreed: 0,
    otherFilesRemoved: 0,
    removedThrough: prior,
    segmentsKept: 0,
    kept: [],
    snapshotWritten: null,
    refused: null,
    millis: 0,
  };
  const finish = (removedThrough: number, covers: number) => {
    report.removedThrough = removedThrough;
    report.segmentsKept = Math.max(0, last - removedThrough);
    report.kept = keptReasons(readers, last, removedThrough, covers);
    report.millis = Math.round(performance.now() - started);
    return report;
  };

  let snapshot = own && (await fs.size(`${snapshotDir(rid)}/${own.name}`)) !== null ? own : null;
  const holding = () => (snapshot ? (snapshot.vv[rid] ?? 0) : 0);
  // Ours at or below our point still listed: a run cut short (or a copy of the share) left them.
  const leftovers = names.filter((n) => (exports.get(n) ?? Infinity) <= prior);
  // Worth doing only when everyone has read past what is already removed (and the anchor kept).
  if (everyoneRead - 1 <= prior && leftovers.length === 0) return finish(prior, holding());

  // Without the right to remove, nothing at all is changed (not even a snapshot or a marker): a
  // name that is not there is removed, which a credential without delete rights is refused.
  try {
    await fs.remove(`${replicaDir(rid)}/gc-check-${Date.now()}.tmp`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      report.refused = `The share at ${fs.label} does not let this computer remove files (its link or key has no delete right), so nothing was removed or changed. Ask the administrator for a share link or key that may delete.`;
      return finish(prior, holding());
    }
    if (code !== 'ENOENT') throw error;
  }

  // Our snapshot must hold what goes, and reach every other writer's point (else a newcomer
  // could find no snapshot it may use): a new one is written when that is what is missing.
  let removedThrough = prior;
  if (everyoneRead - 1 > prior) {
    const others = await gcPointsOn(
      fs,
      readers.map((r) => r.rid),
      keys,
    );
    if (!snapshot || holding() < everyoneRead || !reachesGcPoints(snapshot.vv, others, rid)) {
      if (options.snapshot !== false) {
        report.snapshotWritten = await writeSnapshot(ctx, fs);
        ({ exports, own } = await local());
        last = lastOf();
        snapshot = own;
      }
    }
    // The segment at `min(everyoneRead, holding)` stays: claims are checked against it.
    if (snapshot && reachesGcPoints(snapshot.vv, others, rid))
      removedThrough = Math.max(prior, Math.min(everyoneRead, holding()) - 1);
  }

  if (removedThrough > prior) {
    // The marker first: no reader ever meets a hole without it.
    const marker = sealGcPoint(keys.signer, {
      rid,
      removedThrough,
      snapshot: snapshot!.name,
      at: ctx.now().toISOString(),
    });
    try {
      await fs.writeNew(`${segmentDir(rid)}/${marker.name}`, marker.bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    for (const old of gcMarkers(names))
      if (old.removedThrough < removedThrough) {
        await fs.remove(`${segmentDir(rid)}/${old.name}`);
        report.otherFilesRemoved++;
      }
  }

  // Every segment of ours at or below the point (named as we wrote it: nothing else is touched).
  const sizes = fs.listDetailed
    ? new Map((await fs.listDetailed(segmentDir(rid))).map((e) => [e.name, e.size]))
    : null;
  for (const name of names) {
    if ((exports.get(name) ?? Infinity) > removedThrough) continue;
    const path = `${segmentDir(rid)}/${name}`;
    const size = sizes ? (sizes.get(name) ?? 0) : ((await fs.size(path)) ?? 0);
    await fs.remove(path);
    report.segmentsRemoved++;
    report.bytesFreed += size;
  }
  report.otherFilesRemoved += await removeOlderHellos(fs, rid);
  return finish(removedThrough, holding());
}

/** Our snapshot as last written, if written under this identity (a new identity has none yet). */
function ownSnapshot(raw: string | null, rid: string): { name: string; vv: Record<string, number> } | null {
  const own = raw ? (JSON.parse(raw) as { rid?: string; name: string; vv: Record<string, number> }) : null;
  return own && own.rid === rid ? own : null;
}

/** Our hellos but the newest (readers read only the newest; joins and new identities add one). */
async function removeOlderHellos(fs: ShareFs, rid: string): Promise<number> {
  const hellos = (await fs.list(replicaDir(rid))).filter((n) => HELLO.test(n)).sort();
  for (const old of hellos.slice(0, -1)) await fs.remove(`${replicaDir(rid)}/${old}`);
  return Math.max(0, hellos.length - 1);
}

/** Why our segments after `removedThrough` stay, in words: the slowest reader first. */
function keptReasons(
  readers: readonly Reader[],
  last: number,
  removedThrough: number,
  covers: number,
): ShareGc['kept'] {
  const kept: ShareGc['kept'] = [];
  const waiting = readers
    .filter((r) => r.acked < last)
    .sort((a, b) => a.acked - b.acked)
    .map((r) => ({
      segments: last - Math.max(r.acked, removedThrough),
      reason: `${r.label} has not read them yet`,
    }))
    .filter((k) => k.segments > 0);
  kept.push(...waiting);
  if (covers < last && last - Math.max(covers, removedThrough) > 0)
    kept.push({
      segments: last - Math.max(covers, removedThrough),
      reason: 'no snapshot of this computer on the share holds them yet',
    });
  if (last > removedThrough)
    kept.push({
      segments: 1,
      reason: 'the oldest one kept stays so a snapshot’s claim can be checked against it',
    });
  return kept;
}
