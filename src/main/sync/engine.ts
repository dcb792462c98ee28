// The sync engine: set up or join a share, and sync (bootstrap from a snapshot the first time,
// read others' new segments, write our own). Independent of Electron and of the UI; the merge
// rules it applies are the pure functions in src/shared/sync.
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/contract/errors';
import type { SyncReport } from '../../shared/contract/types';
import { SCHEMA_VERSION } from '../db/migrations';
import type { SyncContext } from './port';
import { Applier } from './apply';
import { exportChanges, exportChangesChecked } from './exporter';
import { clearFork, FORK_DETAIL, forkDetected, type FormerIdentity, formerIdentities } from './identity';
import { catchUpSearch } from '../store/searchCatchUp';
import { importChanges, keepReferencesAhead, listOtherReplicas, referenceTime } from './importer';
import { parseHlc } from '../../shared/domain/hlc';
import { isTooFarAhead } from '../../shared/sync/merge';
import { opFromRow, type ChangeRow, type Op } from './ops';
import { decodeSegment, encodeSegment, parseSegmentName, segmentName } from './segment';
import { freeCode, readHellos, readShareFormat, writeHello, writeShareFormat } from './share';
import { uuidv7 } from '../../shared/domain/ids';
import { snapshotDir, type ShareFs } from './shareFs';

export interface SyncOptions {
  deviceLabel?: string | null;
  /** Changes stamped further ahead of this computer's clock than this are held (default 24 h). */
  maxAheadMs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Sync work uses the raw handle; holding Kysely's connection keeps any service transaction out meanwhile. */
export function exclusive<T>(
  ctx: SyncContext,
  work: (db: BetterSqlite3.Database) => Promise<T>,
): Promise<T> {
  return ctx.db.connection().execute(() => work(ctx.sqlite));
}

const meta = (db: BetterSqlite3.Database, key: string) =>
  (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ??
  null;
const setMeta = (db: BetterSqlite3.Database, key: string, value: string) =>
  db
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(key, value);

/** The first installation sets up the share in an empty folder, then joins it. */
export async function createShare(
  ctx: SyncContext,
  fs: ShareFs,
  options: SyncOptions = {},
): Promise<void> {
  if (await readShareFormat(fs)) {
    throw new AppError(
      'CONFLICT',
      `${fs.label} already holds a Redress share: join it instead of setting up a new one.`,
    );
  }
  await writeShareFormat(fs, ctx.installation.id, ctx.now().toISOString());
  await joinShare(ctx, fs, options);
}

/** Joins the share in this folder: checks it, keeps our case-reference code unique on it, says hello. */
export async function joinShare(ctx: SyncContext, fs: ShareFs, options: SyncOptions = {}): Promise<void> {
  const format = await readShareFormat(fs);
  if (!format) {
    throw new AppError(
      'NOT_FOUND',
      `There is no Redress share in ${fs.label}. Check the folder, or set up a new share there if this is the first computer.`,
    );
  }
  await exclusive(ctx, async (db) => {
    const joined = meta(db, 'share_id');
    if (joined && joined !== format.shareId) {
      throw new AppError(
        'CONFLICT',
        'This computer’s cases already belong to a different central share; it cannot join a second one.',
      );
    }
    const hellos = await readHellos(fs, db, ctx.installation.id);
    const code = freeCode(ctx.installation.code, new Set(hellos.map((h) => h.code)));
    if (code !== ctx.installation.code) {
      // Only references issued from now on change; those already shown keep their code.
      setMeta(db, 'installation_code', code);
      ctx.installation.code = code;
    }
    const label =
      options.deviceLabel || meta(db, 'device_label') || `${ctx.me?.name ?? 'Redress'}’s computer`;
    await writeHello(fs, {
      rid: ctx.installation.id,
      label,
      code,
      schema: SCHEMA_VERSION,
      writtenAt: ctx.now().toISOString(),
    });
    setMeta(db, 'share_id', format.shareId);
    setMeta(db, 'share_path', fs.label);
    setMeta(db, 'device_label', label);
  });
}

/** One full sync: bootstrap (first time), import, export. Safe to interrupt at any point. */
export async function syncOnce(
  ctx: SyncContext,
  fs: ShareFs,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const started = performance.now();
  const format = await readShareFormat(fs);
  if (!format)
    throw Object.assign(new Error(`The central share is not reachable at ${fs.label}.`), { code: 'ENOENT' });
  return exclusive(ctx, async (db) => {
    const joined = meta(db, 'share_id');
    if (joined !== format.shareId) {
      throw new AppError(
        'CONFLICT',
        joined
          ? 'That folder holds a different central share from the one this computer belongs to.'
          : 'Join the share first.',
      );
    }
    await readHellos(fs, db, ctx.installation.id);
    if (meta(db, 'hello_pending')) await sayHello(ctx, db, fs); // a new identity whose hello did not get out
    // Once per schema version: what an older version of this installation kept unapplied.
    let replayed = 0;
    if (meta(db, 'pending_replayed_for') !== String(SCHEMA_VERSION)) {
      replayed = db.transaction(() => new Applier(db).replayUnderstood(ctx.now().toISOString()).applied)();
      setMeta(db, 'pending_replayed_for', String(SCHEMA_VERSION));
    }
    const boot = (await bootstrapFromSnapshot(db, fs, ctx)) + replayed;
    const imported = await importChanges({
      db,
      fs,
      me: ctx.installation.id,
      code: ctx.installation.code,
      clock: ctx.clock,
      domain: ctx.domain,
      now: ctx.now,
      maxAheadMs: options.maxAheadMs,
      onProgress: options.onProgress,
    });
    const merged = performance.now();
    const reindexed = catchUpSearch(db);
    const searchMillis = Math.round(performance.now() - merged);
    // After a big merge, fold the write-ahead log back now rather than on the next small write.
    if (imported.imported + boot + reindexed > 10_000) db.pragma('wal_checkpoint(TRUNCATE)');
    const { exported, forked } = await exportChangesChecked(db, fs, ctx.installation.id, { now: ctx.now });
    setMeta(db, 'last_sync_at', ctx.now().toISOString());
    return {
      ...imported,
      imported: imported.imported + boot,
      exported,
      millis: Math.round(performance.now() - started),
      searchMillis,
      ...(forked ? { forked } : {}),
    };
  });
}

/**
 * A snapshot is a compacted change log (every change we hold, and everything kept for newer
 * versions), so a new installation joins from one file instead of replaying every segment, and
 * an old version writing one cannot drop what it does not understand.
 */
export async function writeSnapshot(ctx: SyncContext, fs: ShareFs): Promise<string> {
  return exclusive(ctx, async (db) => {
    await exportChanges(db, fs, ctx.installation.id, { now: ctx.now });
    // Another computer writes as us: our snapshot folder is not ours alone (it would remove theirs).
    if (forkDetected(db, ctx.installation.id)) throw new AppError('CONFLICT', FORK_DETAIL);
    const rid = ctx.installation.id;
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
    const ops: Op[] = (
      db
        .prepare(
          'SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv FROM changes ORDER BY hlc',
        )
        .all() as ChangeRow[]
    ).map(opFromRow);
    for (const p of db.prepare('SELECT op FROM pending_ops ORDER BY hlc').all() as Array<{ op: string }>)
      ops.push(JSON.parse(p.op) as Op);
    const total = Object.values(vv).reduce((a, b) => a + b, 0);
    const { bytes, sha256 } = encodeSegment(
      { kind: 'snapshot', rid, seq: total, schema: SCHEMA_VERSION, vv },
      ops,
    );
    const name = segmentName(total, sha256, 'snapshot');
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
    setMeta(
      db,
      'snapshot_at_change',
      String((db.prepare('SELECT coalesce(max(seq), 0) AS n FROM changes').get() as { n: number }).n),
    );
    return name;
  });
}

/** A new installation starts from the most complete snapshot on the share, then reads only what came after. */
async function bootstrapFromSnapshot(
  db: BetterSqlite3.Database,
  fs: ShareFs,
  ctx: SyncContext,
): Promise<number> {
  const started =
    db.prepare(`SELECT 1 FROM sync_segments LIMIT 1`).get() ||
    db.prepare('SELECT 1 FROM sync_replicas WHERE applied_seq > 0 LIMIT 1').get();
  if (started) return 0;
  const snapshots: Array<{ rid: string; name: string; total: number; hash16: string }> = [];
  for (const rid of await listOtherReplicas(fs, ctx.installation.id)) {
    for (const name of await fs.list(snapshotDir(rid))) {
      const parsed = parseSegmentName(name);
      if (parsed?.kind === 'snapshot')
        snapshots.push({ rid, name, total: parsed.seq, hash16: parsed.hash16 });
    }
  }
  snapshots.sort((a, b) => b.total - a.total);
  for (const s of snapshots) {
    let ops: Op[];
    let vv: Record<string, number>;
    try {
      const decoded = decodeSegment(await fs.read(`${snapshotDir(s.rid)}/${s.name}`), {
        rid: s.rid,
        seq: s.total,
        hash16: s.hash16,
      });
      ops = decoded.ops.filter((o) => o.r !== ctx.installation.id);
      // A snapshot carrying changes from a device far ahead of the rest is not a safe start:
      // those changes are held everywhere else, so fall back to another snapshot or to segments.
      const latest = new Map<string, number>();
      for (const o of ops) latest.set(o.r, Math.max(latest.get(o.r) ?? 0, parseHlc(o.h).millis));
      const wall = ctx.clock.wallTime();
      if ([...latest].some(([rid, millis]) => isTooFarAhead(millis, referenceTime(latest, rid, wall))))
        continue;
      vv = decoded.header.vv;
    } catch {
      continue; // damaged or still copying: try the next one, or fall back to segments
    }
    const at = ctx.now().toISOString();
    let applied = 0;
    db.transaction(() => {
      applied = new Applier(db).apply(ops, at).applied;
      keepReferencesAhead(db, ops, ctx.installation.code);
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
    })();
    return applied;
  }
  return 0;
}

/** New computers join from a snapshot: write one after every 20,000 changes this store has taken in. */
export const SNAPSHOT_EVERY_CHANGES = 20_000;

export function snapshotDue(ctx: SyncContext): boolean {
  const db = ctx.sqlite;
  const last = Number(meta(db, 'snapshot_at_change') ?? '0');
  const now = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM changes').get() as { n: number }).n;
  return now - last >= SNAPSHOT_EVERY_CHANGES;
}

async function sayHello(ctx: SyncContext, db: BetterSqlite3.Database, fs: ShareFs): Promise<void> {
  await writeHello(fs, {
    rid: ctx.installation.id,
    label: meta(db, 'device_label') || `${ctx.me?.name ?? 'Redress'}’s computer`,
    code: ctx.installation.code,
    schema: SCHEMA_VERSION,
    writtenAt: ctx.now().toISOString(),
  });
  db.prepare(`DELETE FROM meta WHERE key = 'hello_pending'`).run();
}

export interface Reidentified {
  previousId: string;
  id: string;
  code: string;
}

/**
 * The fix for a copied computer (see identity.ts): this installation takes a new id and a
 * reference code no other computer on the share uses, says hello under it, and its next export
 * writes all of its own changes again under the new id (original ids and clock values, so nothing
 * is duplicated anywhere). The old id's folder becomes "another computer" to it, so what the other
 * computer wrote there comes in too. Only offered while the fork item is open.
 */
export async function reidentify(
  ctx: SyncContext,
  fs: ShareFs,
  options: { deviceLabel?: string | null } = {},
): Promise<Reidentified> {
  const format = await readShareFormat(fs);
  if (!format)
    throw Object.assign(new Error(`The central share is not reachable at ${fs.label}.`), { code: 'ENOENT' });
  return exclusive(ctx, async (db) => {
    if (meta(db, 'share_id') !== format.shareId) {
      throw new AppError(
        'CONFLICT',
        'That folder holds a different central share from the one this computer belongs to.',
      );
    }
    const old = { ...ctx.installation };
    if (!forkDetected(db, old.id)) {
      throw new AppError(
        'CONFLICT',
        'No other computer is using this computer’s identity on the share, so there is nothing to sort out.',
      );
    }
    const id = uuidv7();
    const node = id.replace(/-/g, '').slice(-16);
    // The old identity now counts as another computer: its code (still used by the other
    // computer) and every other computer's are taken.
    const hellos = await readHellos(fs, db, id);
    const taken = new Set([
      old.code,
      ...hellos.map((h) => h.code),
      ...formerIdentities(db).map((f) => f.code),
      ...(
        db.prepare('SELECT code FROM sync_replicas WHERE code IS NOT NULL').all() as Array<{ code: string }>
      ).map((r) => r.code),
    ]);
    const code = freeCode(old.code, taken);
    const at = ctx.now().toISOString();
    const upToChange = (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM changes').get() as { n: number })
      .n;
    const former: FormerIdentity[] = [
      ...formerIdentities(db),
      { rid: old.id, code: old.code, upToChange, until: at },
    ];
    db.transaction(() => {
      setMeta(db, 'former_installations', JSON.stringify(former));
      setMeta(db, 'installation_id', id);
      setMeta(db, 'installation_code', code);
      if (options.deviceLabel) setMeta(db, 'device_label', options.deviceLabel);
      setMeta(db, 'hello_pending', '1');
      // What we wrote under the old id stays there; under the new one we start again at 1.
      db.prepare('DELETE FROM sync_exports').run();
      // Others' acknowledgements counted the old identity's files.
      db.prepare('UPDATE sync_replicas SET acked_our_seq = NULL').run();
      clearFork(db, old.id, at);
    })();
    // From here on, new changes carry the new id and clock node (the node is not persisted: it
    // comes from the id when the store opens).
    ctx.clock.rekey(node);
    ctx.installation.id = id;
    ctx.installation.code = code;
    ctx.installation.node = node;
    try {
      await sayHello(ctx, db, fs);
    } catch {
      // The switch is made and kept; the next sync says hello (hello_pending) before writing anything.
    }
    return { previousId: old.id, id, code };
  });
}
