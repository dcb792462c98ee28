// Snapshots: a compacted change log (every change a store holds, and everything kept for newer
// versions), so a new installation joins from one file instead of replaying every segment, and
// an old version writing one cannot drop what it does not understand.
//
// A snapshot's version vector says which segments of each installation it already covers; the
// newcomer then skips those segments. So a snapshot is only used when its claims agree with the
// share: every segment its vector claims must be on the share, and the last one claimed for each
// installation must be wholly inside the snapshot. Otherwise (forged, or written from a store
// that never held what it claims) it is not used, a Needs attention item says so, and the
// newcomer reads the segments themselves.
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import { parseHlc } from '../../shared/domain/hlc';
import { isTooFarAhead } from '../../shared/sync/merge';
import { SCHEMA_VERSION } from '../db/migrations';
import { beginBulkLoad, finishBulkLoad } from '../store/bulkLoad';
import { noteWholeSearchIndexDue } from '../store/searchCatchUp';
import { Applier, applyOrder } from './apply';
import { crashPoint } from './crash';
import { exportChanges } from './exporter';
import { FORK_DETAIL, forkDetected, ownChanges } from './identity';
import { keepReferencesAhead, listOtherReplicas, referenceTime, RID } from './importer';
import { opFromRow, opFromView, type ChangeRow, type Op, type ViewRow } from './ops';
import type { SyncContext } from './port';
import { noteInvalid, noteRejected } from './refused';
import { shareKeysOf, type ShareKeys } from './keyring';
import {
  parseSegmentName,
  sealSegment,
  readSegment,
  SEGMENT_MAX_BYTES,
  segmentName,
  SNAPSHOT_MAX_BYTES,
  type Segment,
} from './segment';
import { isShareLevel, segmentDir, snapshotDir, type ShareFs } from './shareFs';
import { storeAccess, type AtStore } from './storeAccess';
import { allDeclaredFormer, recordFormer } from './trust';
import { gcPointsOn, hasGcGap, reachesGcPoints, settleGcGaps } from './gcPoint';

/** New computers join from a snapshot: write one after every 20,000 changes this store has taken in. */
export const SNAPSHOT_EVERY_CHANGES = 20_000;
/** Changes applied per transaction while joining from a snapshot: the app answers between batches. */
const BOOT_BATCH_OPS = 50_000;
/** A snapshot this large, into a store holding less, is taken in as a bulk load (bulkLoad.ts). */
export const BULK_LOAD_MIN_OPS = 10_000;

const setMeta = (db: BetterSqlite3.Database, key: string, value: string) =>
  db
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(key, value);

/** Our latest snapshot on the share and its claims: { rid (the identity that wrote it), name, vv }. */
export const OWN_SNAPSHOT_META = 'snapshot_own';

export function snapshotDue(ctx: SyncContext): boolean {
  const db = ctx.sqlite;
  const last = Number(
    (
      db.prepare(`SELECT value FROM meta WHERE key = 'snapshot_at_change'`).get() as
        { value: string } | undefined
    )?.value ?? '0',
  );
  const now = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM changes').get() as { n: number }).n;
  return now - last >= SNAPSHOT_EVERY_CHANGES;
}

export async function writeSnapshot(ctx: SyncContext, fs: ShareFs): Promise<string> {
  const store = storeAccess(ctx);
  await exportChanges(store, fs, ctx.installation.id, { now: ctx.now });
  const rid = ctx.installation.id;
  // Read in one piece (one consistent view), written with the store free.
  const { bytes, name, atChange, vv } = await store((db) =>
    db.transaction(() => {
      // Another computer writes as us: our snapshot folder is not ours alone (it would remove theirs).
      if (forkDetected(db, rid)) throw new AppError('CONFLICT', FORK_DETAIL);
      const vv: Record<string, number> = Object.fromEntries(
        (
          db.prepare('SELECT rid, applied_seq FROM sync_replicas').all() as Array<{
            rid: string;
            applied_seq: number;
          }>
        ).map((r) => [r.rid, r.applied_seq]),
      );
      vv[rid] = (
        db.prepare(`SELECT coalesce(max(seq), 0) AS seq FROM sync_exports WHERE state = 'done'`).get() as {
          seq: number;
        }
      ).seq;
      // Our own changes only as far as our segments carry them (a write may have landed since the
      // export above): a newcomer checks that no change is newer than the files claimed.
      const own = ownChanges(db, rid);
      const out = (
        db
          .prepare(`SELECT coalesce(max(last_change), 0) AS n FROM sync_exports WHERE state = 'done'`)
          .get() as {
          n: number;
        }
      ).n;
      const ops: Op[] = (
        db
          .prepare(
            `SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash FROM changes
             WHERE NOT (${own.where} AND seq > ?) ORDER BY hlc`,
          )
          .all(...own.params, out) as ChangeRow[]
      ).map(opFromRow);
      // The view log too (ours as far as our segments carry it), so a newcomer holds whole chains.
      const outViews = (
        db
          .prepare(`SELECT coalesce(max(last_view), 0) AS n FROM sync_exports WHERE state = 'done'`)
          .get() as {
          n: number;
        }
      ).n;
      for (const v of db
        .prepare(
          `SELECT hlc, replica_id, actor_id, action, entity, entity_id, sv, chain_pos, chain_hash FROM views
           WHERE NOT (replica_id = ? AND seq > ?) ORDER BY hlc`,
        )
        .all(rid, outViews) as ViewRow[])
        ops.push(opFromView(v));
      for (const p of db.prepare('SELECT op FROM pending_ops ORDER BY hlc').all() as Array<{ op: string }>)
        ops.push(JSON.parse(p.op) as Op);
      const total = Object.values(vv).reduce((a, b) => a + b, 0);
      // Who each installation was before (trust.ts): a newcomer judges authors by it.
      const lineage = allDeclaredFormer(db, rid);
      const { bytes, sha256 } = sealSegment(
        shareKeysOf(db, rid),
        {
          kind: 'snapshot',
          rid,
          seq: total,
          schema: SCHEMA_VERSION,
          vv,
          ...(Object.keys(lineage).length ? { lineage } : {}),
        },
        ops,
      );
      const atChange = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM changes').get() as { n: number })
        .n;
      return { bytes, name: segmentName(total, sha256, 'snapshot'), atChange, vv };
    })(),
  );
  await fs.mkdirp(snapshotDir(rid));
  try {
    await fs.writeNew(`${snapshotDir(rid)}/${name}`, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // Our older snapshots are covered by this one; only we ever remove our own files.
  for (const old of await fs.list(snapshotDir(rid))) {
    if (old !== name && parseSegmentName(old)?.kind === 'snapshot')
      await fs.remove(`${snapshotDir(rid)}/${old}`);
  }
  await store((db) =>
    db.transaction(() => {
      setMeta(db, 'snapshot_at_change', String(atChange));
      // What our snapshot on the share claims: garbage collection removes only what it holds (gc.ts).
      setMeta(db, OWN_SNAPSHOT_META, JSON.stringify({ rid, name, vv }));
    })(),
  );
  return name;
}

/**
 * Why a snapshot's claims disagree with the share, or null when they agree: its vector is well
 * formed; every segment it claims exists; the last one claimed of each installation is wholly
 * inside it; and it holds no change of an installation newer than the last segment it claims of
 * it (so a snapshot cannot bring in changes no segment ever carried). Share failures propagate
 * (the sync ends); a claimed segment that cannot be read is a reason.
 */
async function claimsProblem(
  fs: ShareFs,
  snapshot: Segment,
  me: string,
  keys: ShareKeys,
  gcPoints: ReadonlyMap<string, number>,
): Promise<string | null> {
  const vv = snapshot.header.vv;
  if (typeof vv !== 'object' || vv === null) return 'its record of what it read is damaged';
  for (const [rid, seq] of Object.entries(vv))
    if (!RID.test(rid) || !Number.isSafeInteger(seq) || seq < 0)
      return 'its record of what it read is damaged';
  const newest = new Map<string, string>();
  for (const o of snapshot.ops) if (o.r !== me && (newest.get(o.r) ?? '') < o.h) newest.set(o.r, o.h);
  for (const rid of newest.keys())
    if (!vv[rid]) return 'it holds changes from a computer it does not say it read';
  const hlcs = new Set(snapshot.ops.map((o) => o.h));
  for (const [rid, seq] of Object.entries(vv)) {
    if (rid === me || seq === 0) continue;
    const names = new Map<number, { name: string; hash16: string }>();
    for (const name of await fs.list(segmentDir(rid))) {
      const parsed = parseSegmentName(name);
      if (parsed?.kind === 'segment') names.set(parsed.seq, { name, hash16: parsed.hash16 });
    }
    const missing = 'it claims changes from another computer that are not on the share';
    // Segments up to the writer's signed point were removed after everyone read them (gcPoint.ts).
    const removed = gcPoints.get(rid) ?? 0;
    if (seq > names.size + removed) return missing;
    for (let n = removed + 1; n <= seq; n++) if (!names.has(n)) return missing;
    const last = names.get(seq)!;
    let segment: Segment;
    try {
      const read = await readSegment(
        fs,
        `${segmentDir(rid)}/${last.name}`,
        { rid, seq, hash16: last.hash16 },
        SEGMENT_MAX_BYTES,
        keys,
      );
      if (read.signature !== 'ok')
        return 'a file of changes it claims to hold is not signed by a computer in the share';
      segment = read;
    } catch (error) {
      if (isShareLevel(error)) throw error;
      return 'a file of changes it claims to hold cannot be read';
    }
    if (segment.ops.some((o) => !hlcs.has(o.h))) return 'it leaves out changes it claims to hold';
    if ((newest.get(rid) ?? '') > (segment.header.hlcLast ?? ''))
      return 'it holds changes no file on the share ever carried';
  }
  return null;
}

/** A new installation starts from the most complete usable snapshot on the share, then reads only what came after. */
export async function bootstrapFromSnapshot(store: AtStore, fs: ShareFs, ctx: SyncContext): Promise<number> {
  const started = await store(
    (db) =>
      !!(
        db.prepare(`SELECT 1 FROM sync_segments LIMIT 1`).get() ||
        db.prepare('SELECT 1 FROM sync_replicas WHERE applied_seq > 0 LIMIT 1').get()
      ),
  );
  // A store already under way starts again from a snapshot only while segments it needed were
  // removed by their writer (gcPoint.ts): the snapshot holds them.
  if (started && !(await store(hasGcGap))) return 0;
  const snapshots: Array<{ rid: string; name: string; total: number; hash16: string }> = [];
  const replicas = await listOtherReplicas(fs, ctx.installation.id);
  for (const rid of replicas) {
    for (const name of await fs.list(snapshotDir(rid))) {
      const parsed = parseSegmentName(name);
      if (parsed?.kind === 'snapshot')
        snapshots.push({ rid, name, total: parsed.seq, hash16: parsed.hash16 });
    }
  }
  snapshots.sort((a, b) => b.total - a.total);
  const keys = await store((db) => shareKeysOf(db, ctx.installation.id));
  const gcPoints = snapshots.length ? await gcPointsOn(fs, replicas, keys) : new Map<string, number>();
  for (const s of snapshots) {
    let decoded: Segment;
    try {
      const read = await readSegment(
        fs,
        `${snapshotDir(s.rid)}/${s.name}`,
        { rid: s.rid, seq: s.total, hash16: s.hash16 },
        SNAPSHOT_MAX_BYTES,
        keys,
      );
      if (read.signature !== 'ok') {
        // Not signed by a vouched-for computer: never a starting point (its segments may be, later).
        const problem =
          read.signature === 'bad'
            ? 'its signature does not match the computer whose folder it is in'
            : 'the computer that wrote it has not been approved to join the share';
        await store((db) => noteBadSnapshot(db, s, problem, ctx.now().toISOString()));
        continue;
      }
      decoded = read;
    } catch (error) {
      if (isShareLevel(error)) throw error;
      continue; // damaged, too large or still copying: try the next one, or fall back to segments
    }
    const ops = decoded.ops.filter((o) => o.r !== ctx.installation.id);
    // A snapshot carrying changes from a device far ahead of the rest is not a safe start:
    // those changes are held everywhere else, so fall back to another snapshot or to segments.
    const latest = new Map<string, number>();
    for (const o of ops) latest.set(o.r, Math.max(latest.get(o.r) ?? 0, parseHlc(o.h).millis));
    const wall = ctx.clock.wallTime();
    if ([...latest].some(([rid, millis]) => isTooFarAhead(millis, referenceTime(latest, rid, wall))))
      continue;
    // Older than a writer's removal of its segments: not wrong, just not enough; try the next one.
    const vv = decoded.header.vv as unknown;
    if (
      typeof vv === 'object' &&
      vv !== null &&
      !reachesGcPoints(decoded.header.vv, gcPoints, ctx.installation.id)
    )
      continue;
    const problem = await claimsProblem(fs, decoded, ctx.installation.id, keys, gcPoints);
    if (problem) {
      await store((db) => noteBadSnapshot(db, s, problem, ctx.now().toISOString()));
      continue;
    }
    return applySnapshot(store, ctx, decoded, ops);
  }
  return 0;
}

function noteBadSnapshot(
  db: BetterSqlite3.Database,
  s: { rid: string; name: string },
  problem: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
     VALUES (?, 'untrusted_share', NULL, NULL, NULL, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, resolved_at = NULL`,
  ).run(
    `snapshot:${s.rid}:${s.name}`,
    `A starting-point file on the share (a snapshot) was not used: ${problem}. This computer read the other computers’ own files instead, so nothing is missing; the snapshot may have been damaged or put there by someone else.`,
    JSON.stringify({ rid: s.rid, name: s.name }),
    at,
  );
}

/** Applies a snapshot in batches of short transactions (creates first, in the merge's order); returns changes applied. */
async function applySnapshot(
  store: AtStore,
  ctx: SyncContext,
  snapshot: Segment,
  ops: Op[],
): Promise<number> {
  const at = ctx.now().toISOString();
  const vv = snapshot.header.vv ?? {};
  const lineage = (snapshot.header as { lineage?: Record<string, unknown> }).lineage ?? {};
  await store((db) =>
    db.transaction(() => {
      for (const [rid, former] of Object.entries(lineage)) recordFormer(db, rid, former);
    })(),
  );
  const sorted = [...ops].sort(applyOrder);
  // Most of a share arriving at once (a new computer): written the fast way (bulkLoad.ts).
  const load =
    sorted.length < BULK_LOAD_MIN_OPS
      ? null
      : await store((db) =>
          (db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n < sorted.length
            ? beginBulkLoad(db)
            : null,
        );
  const bulk = load !== null;
  let applied = 0;
  try {
    for (let i = 0; i < sorted.length; i += BOOT_BATCH_OPS) {
      const batch = sorted.slice(i, i + BOOT_BATCH_OPS);
      applied += await store((db) =>
        db.transaction(() => {
          const result = new Applier(db, { wholeSearchIndex: bulk }).apply(batch, at);
          if (bulk) noteWholeSearchIndexDue(db);
          if (result.rejected.length) noteRejected(db, null, result.rejected, at);
          if (result.invalid.length) noteInvalid(db, result.invalid, at);
          keepReferencesAhead(db, batch, ctx.installation.code);
          crashPoint('bootstrap:mid-apply');
          return result.applied;
        })(),
      );
    }
  } finally {
    if (load) await store((db) => finishBulkLoad(db, load));
  }
  // Last: the claims the snapshot covers (a crash before this simply starts the join again).
  await store((db) =>
    db.transaction(() => {
      for (const [rid, seq] of Object.entries(vv)) {
        if (rid === ctx.installation.id) continue;
        db.prepare(
          `INSERT INTO sync_replicas (rid, applied_seq) VALUES (?, ?) ON CONFLICT(rid) DO UPDATE SET applied_seq = max(applied_seq, excluded.applied_seq)`,
        ).run(rid, seq);
      }
      const lastOf = new Map<string, string>();
      for (const o of ops) if ((lastOf.get(o.r) ?? '') < o.h) lastOf.set(o.r, o.h);
      for (const [rid, hlc] of lastOf) {
        db.prepare(
          `INSERT INTO sync_replicas (rid, last_hlc) VALUES (?, ?) ON CONFLICT(rid) DO UPDATE SET last_hlc = max(coalesce(last_hlc, ''), excluded.last_hlc)`,
        ).run(rid, hlc);
      }
      const last = [...lastOf.values()].sort().pop();
      if (last) ctx.clock.receive(last);
      settleGcGaps(db, at);
    })(),
  );
  return applied;
}
