// Writing this installation's changes to the share as immutable, checksummed segment files.
// The intent (sequence number, name, header) is recorded before the file is written; after a
// crash the same bytes are written again, so a segment is never lost, changed or duplicated.
// Before writing, our own folder is checked for files we did not write (identity.ts): if another
// computer writes as us, nothing more goes out until this one takes a new identity. After
// writing, the share's time on the new file is compared with our clock (writerClock.ts).
import type BetterSqlite3 from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrations';
import { crashPoint } from './crash';
import { formerIdentities, ownChanges, stopIfForked } from './identity';
import { opFromRow, opFromView, type ChangeRow, type Op, type ViewRow } from './ops';
import { shareKeysOf } from './keyring';
import { encodeSegment, sealSegment, segmentName, type SegmentHeader } from './segment';
import { segmentDir, type ShareFs } from './shareFs';
import type { AtStore } from './storeAccess';
import { checkWriterClock } from './writerClock';
import { readMeta, writeMeta } from '../store/meta';

export const SEGMENT_MAX_OPS = 5000;

type HeaderFields = Omit<SegmentHeader, 'magic' | 'format' | 'count' | 'hlcFirst' | 'hlcLast'>;

/** The stretch of our change log and of our view log one segment carries. */
export interface Range {
  first_change: number;
  last_change: number;
  first_view?: number | null;
  last_view?: number | null;
}

export function opsBetween(db: BetterSqlite3.Database, rid: string, range: Range): Op[] {
  const own = ownChanges(db, rid);
  const changes = (
    db
      .prepare(
        `SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash
         FROM changes WHERE ${own.where} AND seq BETWEEN ? AND ? ORDER BY seq`,
      )
      .all(...own.params, range.first_change, range.last_change) as ChangeRow[]
  ).map(opFromRow);
  if (range.first_view == null || range.last_view == null) return changes;
  const views = (
    db
      .prepare(
        `SELECT hlc, replica_id, actor_id, action, entity, entity_id, sv, chain_pos, chain_hash
         FROM views WHERE replica_id = ? AND seq BETWEEN ? AND ? ORDER BY seq`,
      )
      .all(rid, range.first_view, range.last_view) as ViewRow[]
  ).map(opFromView);
  // One stream in clock order: the header's first and last clock values cover both logs.
  return [...changes, ...views].sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
}

/** A file this export has just written, and this computer's time just before writing it. */
interface Written {
  path: string;
  before: number;
}

async function writeIntent(
  store: AtStore,
  fs: ShareFs,
  rid: string,
  intent: Range & { seq: number; name: string; header: string },
  wall: () => number,
): Promise<Written | null> {
  const path = `${segmentDir(rid)}/${intent.name}`;
  let written: Written | null = null;
  // Written without looking first: writeNew refuses a name already taken, so a look would only
  // add a request per segment (the rare rewrite after a crash seals the bytes once more).
  const { ops, keys } = await store((db) => ({
    ops: opsBetween(db, rid, intent),
    keys: shareKeysOf(db, rid),
  }));
  const { bytes } = sealSegment(keys, JSON.parse(intent.header) as HeaderFields, ops);
  const before = wall();
  try {
    await fs.writeNew(path, bytes);
    written = { path, before };
  } catch (error) {
    // Another attempt (or a cloud client) put it there first: the name carries the hash, so it is ours.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  crashPoint('export:after-write');
  crashPoint('export:before-mark');
  await store((db) => db.prepare(`UPDATE sync_exports SET state = 'done' WHERE seq = ?`).run(intent.seq));
  return written;
}

export interface ExportOptions {
  /** This computer's clock (for the fork item's date and the writer's clock check); default the system clock. */
  now?: () => Date;
  /** How much of our own folder the fork check lists (identity.ts); the whole of it by default. */
  thorough?: boolean;
}

export interface ExportResult {
  /** Changes written. */
  exported: number;
  /** Nothing was written: another computer writes under this installation's id (see identity.ts). */
  forked: boolean;
}

/** Writes every change not yet on the share; returns how many changes went out. */
export async function exportChanges(
  store: AtStore,
  fs: ShareFs,
  rid: string,
  options: ExportOptions = {},
): Promise<number> {
  return (await exportChangesChecked(store, fs, rid, options)).exported;
}

/**
 * As exportChanges, also saying whether writing stopped because another computer writes as us.
 * Each segment's intent is recorded in one short piece of store work, the file written with the
 * store free, then marked done in another.
 */
export async function exportChangesChecked(
  store: AtStore,
  fs: ShareFs,
  rid: string,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const now = options.now ?? (() => new Date());
  const wall = () => now().getTime();
  if (await stopIfForked(store, fs, rid, now().toISOString(), { thorough: options.thorough }))
    return { exported: 0, forked: true };
  let written: Written | null = null;
  // First finish anything a crash interrupted.
  const interrupted = await store(
    (db) =>
      db.prepare(`SELECT * FROM sync_exports WHERE state = 'intent' ORDER BY seq`).all() as Array<
        Range & { seq: number; name: string; header: string }
      >,
  );
  for (const intent of interrupted) written = (await writeIntent(store, fs, rid, intent, wall)) ?? written;
  let exported = 0;
  for (;;) {
    const next = await store((db) => nextIntent(db, rid));
    if (!next) break;
    crashPoint('export:after-intent');
    await fs.mkdirp(segmentDir(rid));
    written = (await writeIntent(store, fs, rid, next.intent, wall)) ?? written;
    exported += next.count;
  }
  // One look at the share's time per export that wrote something: a warning only, never a stop.
  if (written) await checkWriterClock(store, fs, written.path, written.before, wall);
  return { exported, forked: false };
}

/** Records the intent to write the next segment of changes not yet on the share (null: none left). */
function nextIntent(db: BetterSqlite3.Database, rid: string) {
  const own = ownChanges(db, rid);
  const last = db
    .prepare(
      `SELECT coalesce(max(seq), 0) AS seq, coalesce(max(last_change), 0) AS change, coalesce(max(last_view), 0) AS view FROM sync_exports`,
    )
    .get() as { seq: number; change: number; view: number };
  const rows = db
    .prepare(`SELECT seq FROM changes WHERE ${own.where} AND seq > ? ORDER BY seq LIMIT ${SEGMENT_MAX_OPS}`)
    .all(...own.params, Math.max(last.change, lookedThrough(db, rid))) as Array<{ seq: number }>;
  // None of ours left after these: the next look starts from the end of the log as it is now.
  const lookedToEnd = rows.length < SEGMENT_MAX_OPS;
  const views = db
    .prepare(`SELECT seq FROM views WHERE replica_id = ? AND seq > ? ORDER BY seq LIMIT ${SEGMENT_MAX_OPS}`)
    .all(rid, last.view) as Array<{ seq: number }>;
  if (rows.length === 0 && views.length === 0) {
    if (lookedToEnd) noteLookedThrough(db, rid);
    return null;
  }
  // An empty stretch of a log is written as first > last (BETWEEN then selects nothing).
  const range: Range = {
    first_change: rows[0]?.seq ?? last.change + 1,
    last_change: rows[rows.length - 1]?.seq ?? last.change,
    first_view: views.length ? views[0]!.seq : null,
    last_view: views.length ? views[views.length - 1]!.seq : null,
  };
  const vv = Object.fromEntries(
    (
      db.prepare('SELECT rid, applied_seq FROM sync_replicas').all() as Array<{
        rid: string;
        applied_seq: number;
      }>
    ).map((r) => [r.rid, r.applied_seq]),
  );
  // Changes made under a former identity travel with it (identity.ts): the header says so (trust.ts).
  const former = formerIdentities(db).map((f) => f.rid);
  const header: HeaderFields = {
    kind: 'segment',
    rid,
    seq: last.seq + 1,
    schema: SCHEMA_VERSION,
    vv,
    ...(former.length ? { former } : {}),
  };
  const { sha256 } = encodeSegment(header, opsBetween(db, rid, range));
  const intent = {
    seq: header.seq,
    name: segmentName(header.seq, sha256),
    ...range,
    header: JSON.stringify(header),
  };
  db.prepare(
    `INSERT INTO sync_exports (seq, name, first_change, last_change, first_view, last_view, header, state)
     VALUES (@seq, @name, @first_change, @last_change, @first_view, @last_view, @header, 'intent')`,
  ).run(intent);
  if (lookedToEnd) noteLookedThrough(db, rid);
  return { intent, count: rows.length + views.length };
}

/** Entries of ours (changes and views) not yet on the share. */
export function outboxSize(db: BetterSqlite3.Database, rid: string): number {
  const last = db
    .prepare(
      `SELECT coalesce(max(last_change), 0) AS change, coalesce(max(last_view), 0) AS view FROM sync_exports WHERE state = 'done'`,
    )
    .get() as { change: number; view: number };
  const own = ownChanges(db, rid);
  // An export written down but not finished covers changes the look-through mark has passed.
  const interrupted = !!db.prepare(`SELECT 1 FROM sync_exports WHERE state = 'intent' LIMIT 1`).get();
  const changes = (
    db
      .prepare(`SELECT count(*) AS n FROM changes WHERE ${own.where} AND seq > ?`)
      .get(...own.params, interrupted ? last.change : Math.max(last.change, lookedThrough(db, rid))) as {
      n: number;
    }
  ).n;
  const views = (
    db.prepare(`SELECT count(*) AS n FROM views WHERE replica_id = ? AND seq > ?`).get(rid, last.view) as {
      n: number;
    }
  ).n;
  return changes + views;
}

/**
 * How far the change log has been looked through for changes of ours, with none found beyond
 * (meta, JSON { rid, former, exports, seq, hlc }). After a join most of the log is other
 * computers' changes (some 270,000 rows for 50,000 cases): without the mark every sync would walk
 * them all again to find our few. A change of ours written later always lies beyond it (a new
 * row's seq is one more than the highest). Believed only while it still describes this store: the
 * same identity and former identities, the same exports (a new identity or a restore starts them
 * again), and the row it ends at still there with the same clock value; otherwise the look starts
 * from the last change exported, as it always did.
 */
const LOOKED_THROUGH = 'export_looked_through';

function lookedThrough(db: BetterSqlite3.Database, rid: string): number {
  const raw = readMeta(db, LOOKED_THROUGH);
  if (!raw) return 0;
  let mark: { rid?: unknown; former?: unknown; exports?: unknown; seq?: unknown; hlc?: unknown };
  try {
    mark = JSON.parse(raw) as typeof mark;
  } catch {
    return 0;
  }
  if (
    mark.rid !== rid ||
    mark.former !== formerKey(db) ||
    mark.exports !== lastExport(db) ||
    !Number.isSafeInteger(mark.seq)
  )
    return 0;
  const row = db.prepare('SELECT hlc FROM changes WHERE seq = ?').get(mark.seq) as
    { hlc: string } | undefined;
  return row !== undefined && row.hlc === mark.hlc ? (mark.seq as number) : 0;
}

function noteLookedThrough(db: BetterSqlite3.Database, rid: string): void {
  const end = db.prepare('SELECT seq, hlc FROM changes ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hlc: string } | undefined;
  if (!end) return;
  writeMeta(
    db,
    LOOKED_THROUGH,
    JSON.stringify({ rid, former: formerKey(db), exports: lastExport(db), ...end }),
  );
}

const formerKey = (db: BetterSqlite3.Database) => JSON.stringify(formerIdentities(db));

const lastExport = (db: BetterSqlite3.Database) =>
  (db.prepare('SELECT coalesce(max(seq), 0) AS n FROM sync_exports').get() as { n: number }).n;
