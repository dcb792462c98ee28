// Writing this installation's changes to the share as immutable, checksummed segment files.
// The intent (sequence number, name, header) is recorded before the file is written; after a
// crash the same bytes are written again, so a segment is never lost, changed or duplicated.
import type BetterSqlite3 from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrations';
import { crashPoint } from './crash';
import { opFromRow, type ChangeRow } from './ops';
import { encodeSegment, segmentName, type SegmentHeader } from './segment';
import { segmentDir, type ShareFs } from './shareFs';

export const SEGMENT_MAX_OPS = 5000;

type HeaderFields = Omit<SegmentHeader, 'magic' | 'format' | 'count' | 'hlcFirst' | 'hlcLast'>;

function opsBetween(db: BetterSqlite3.Database, rid: string, first: number, last: number) {
  return (
    db
      .prepare(
        `SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv
         FROM changes WHERE replica_id = ? AND seq BETWEEN ? AND ? ORDER BY seq`,
      )
      .all(rid, first, last) as ChangeRow[]
  ).map(opFromRow);
}

async function writeIntent(
  db: BetterSqlite3.Database,
  fs: ShareFs,
  rid: string,
  intent: { seq: number; name: string; first_change: number; last_change: number; header: string },
): Promise<void> {
  const path = `${segmentDir(rid)}/${intent.name}`;
  const existing = await fs.size(path);
  if (existing === null) {
    const { bytes } = encodeSegment(
      JSON.parse(intent.header) as HeaderFields,
      opsBetween(db, rid, intent.first_change, intent.last_change),
    );
    try {
      await fs.writeNew(path, bytes);
    } catch (error) {
      // Another attempt (or a cloud client) put it there first: the name carries the hash, so it is ours.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  crashPoint('export:after-write');
  crashPoint('export:before-mark');
  db.prepare(`UPDATE sync_exports SET state = 'done' WHERE seq = ?`).run(intent.seq);
}

/** Writes every change not yet on the share; returns how many changes went out. */
export async function exportChanges(db: BetterSqlite3.Database, fs: ShareFs, rid: string): Promise<number> {
  // First finish anything a crash interrupted.
  for (const intent of db
    .prepare(`SELECT * FROM sync_exports WHERE state = 'intent' ORDER BY seq`)
    .all() as Array<{
    seq: number;
    name: string;
    first_change: number;
    last_change: number;
    header: string;
  }>) {
    await writeIntent(db, fs, rid, intent);
  }
  let exported = 0;
  for (;;) {
    const last = db
      .prepare(
        `SELECT coalesce(max(seq), 0) AS seq, coalesce(max(last_change), 0) AS change FROM sync_exports`,
      )
      .get() as { seq: number; change: number };
    const rows = db
      .prepare(
        `SELECT seq FROM changes WHERE replica_id = ? AND seq > ? ORDER BY seq LIMIT ${SEGMENT_MAX_OPS}`,
      )
      .all(rid, last.change) as Array<{ seq: number }>;
    if (rows.length === 0) return exported;
    const first = rows[0]!.seq;
    const lastChange = rows[rows.length - 1]!.seq;
    const vv = Object.fromEntries(
      (
        db.prepare('SELECT rid, applied_seq FROM sync_replicas').all() as Array<{
          rid: string;
          applied_seq: number;
        }>
      ).map((r) => [r.rid, r.applied_seq]),
    );
    const header: HeaderFields = { kind: 'segment', rid, seq: last.seq + 1, schema: SCHEMA_VERSION, vv };
    const { sha256 } = encodeSegment(header, opsBetween(db, rid, first, lastChange));
    const intent = {
      seq: header.seq,
      name: segmentName(header.seq, sha256),
      first_change: first,
      last_change: lastChange,
      header: JSON.stringify(header),
    };
    db.prepare(
      `INSERT INTO sync_exports (seq, name, first_change, last_change, header, state) VALUES (@seq, @name, @first_change, @last_change, @header, 'intent')`,
    ).run(intent);
    crashPoint('export:after-intent');
    await fs.mkdirp(segmentDir(rid));
    await writeIntent(db, fs, rid, intent);
    exported += rows.length;
  }
}

export function outboxSize(db: BetterSqlite3.Database, rid: string): number {
  const last = db
    .prepare(`SELECT coalesce(max(last_change), 0) AS change FROM sync_exports WHERE state = 'done'`)
    .get() as { change: number };
  return (
    db
      .prepare('SELECT count(*) AS n FROM changes WHERE replica_id = ? AND seq > ?')
      .get(rid, last.change) as { n: number }
  ).n;
}
