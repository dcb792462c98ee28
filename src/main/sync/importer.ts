// Reading other installations' segments from the share. Cheap when nothing changed: one listing
// of replicas/ and one of each replica's seg/ folder, no file reads. Files that fail their checks
// are retried (a cloud client may still be copying them) and quarantined, with a visible item,
// once they have failed the same way three times. Nothing is ever inferred from a file's absence.
import type BetterSqlite3 from 'better-sqlite3';
import { parseCaseReference } from '../../shared/domain/caseReference';
import { parseHlc } from '../../shared/domain/hlc';
import { isTooFarAhead, MAX_CLOCK_AHEAD_MS } from '../../shared/sync/merge';
import type { ChangeClock } from '../store/clock';
import { Applier } from './apply';
import { crashPoint } from './crash';
import type { Op } from './ops';
import type { DomainPort } from './port';
import { decodeSegment, parseSegmentName, SegmentError, type Segment } from './segment';
import { segmentDir, type ShareFs } from './shareFs';

export const RID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const QUARANTINE_AFTER = 3;

export interface ImportReport {
  imported: number;
  segmentsRead: number;
  held: number;
  quarantined: number;
  conflicts: number;
}

interface Candidate {
  rid: string;
  seq: number;
  name: string;
  hash16: string;
}

export interface ImportOptions {
  db: BetterSqlite3.Database;
  fs: ShareFs;
  me: string;
  /** Our reference code: references carrying it that arrive from elsewhere are not issued again here. */
  code?: string;
  clock: ChangeClock;
  domain: DomainPort;
  now: () => Date;
  maxAheadMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function listOtherReplicas(fs: ShareFs, me: string): Promise<string[]> {
  return (await fs.list('replicas')).filter((name) => RID.test(name) && name !== me).sort();
}

export async function importChanges(o: ImportOptions): Promise<ImportReport> {
  const { db, fs } = o;
  const report: ImportReport = { imported: 0, segmentsRead: 0, held: 0, quarantined: 0, conflicts: 0 };
  const at = o.now().toISOString();
  const candidates: Candidate[] = [];
  for (const rid of await listOtherReplicas(fs, o.me)) {
    db.prepare(
      `INSERT INTO sync_replicas (rid, last_seen_at) VALUES (?, ?) ON CONFLICT(rid) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
    ).run(rid, at);
    const applied = (
      db.prepare('SELECT applied_seq FROM sync_replicas WHERE rid = ?').get(rid) as { applied_seq: number }
    ).applied_seq;
    const quarantinedSize = new Map(
      (
        db
          .prepare(`SELECT seq, name, last_size FROM sync_segments WHERE rid = ? AND status = 'quarantined'`)
          .all(rid) as Array<{
          seq: number;
          name: string;
          last_size: number | null;
        }>
      ).map((q) => [`${q.seq}:${q.name}`, q.last_size]),
    );
    const known = new Map(
      (
        db
          .prepare(`SELECT seq, name, status FROM sync_segments WHERE rid = ? AND seq > ?`)
          .all(rid, applied) as Array<{ seq: number; name: string; status: string }>
      ).map((s) => [`${s.seq}:${s.name}`, s.status]),
    );
    for (const name of await fs.list(segmentDir(rid))) {
      const parsed = parseSegmentName(name);
      if (!parsed || parsed.kind !== 'segment' || parsed.seq <= applied) continue;
      const status = known.get(`${parsed.seq}:${name}`);
      if (status === 'applied') continue;
      // Quarantined files are looked at again (a size check, no read) only once they change.
      if (
        status === 'quarantined' &&
        (await fs.size(`${segmentDir(rid)}/${name}`)) === quarantinedSize.get(`${parsed.seq}:${name}`)
      )
        continue;
      candidates.push({ rid, seq: parsed.seq, name, hash16: parsed.hash16 });
    }
  }

  const decoded: Array<{ c: Candidate; segment: Segment }> = [];
  let done = 0;
  for (const c of candidates) {
    o.onProgress?.(done++, candidates.length);
    const path = `${segmentDir(c.rid)}/${c.name}`;
    let bytes: Uint8Array;
    try {
      bytes = await fs.read(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // listed, then gone: look again next time
      throw error;
    }
    report.segmentsRead++;
    try {
      decoded.push({ c, segment: decodeSegment(bytes, { rid: c.rid, seq: c.seq, hash16: c.hash16 }) });
    } catch (error) {
      if (!(error instanceof SegmentError)) throw error;
      if (failed(db, c, bytes.length, error.message, at)) report.quarantined++;
    }
  }
  o.onProgress?.(done, candidates.length);

  // A device is "too far ahead" against the rest of the group, not against this computer alone:
  // a computer whose own clock is behind still accepts correct changes, while one device years
  // in the future is held by everyone else.
  const latest = new Map<string, number>();
  for (const r of db
    .prepare('SELECT rid, last_hlc FROM sync_replicas WHERE last_hlc IS NOT NULL')
    .all() as Array<{ rid: string; last_hlc: string }>) {
    if (r.last_hlc) latest.set(r.rid, parseHlc(r.last_hlc).millis);
  }
  for (const { c, segment } of decoded) {
    const last = segment.header.hlcLast;
    if (last) latest.set(c.rid, Math.max(latest.get(c.rid) ?? 0, parseHlc(last).millis));
  }
  const ready: Array<{ c: Candidate; segment: Segment }> = [];
  const heldRids = new Set<string>();
  for (const d of decoded) {
    const last = d.segment.header.hlcLast;
    const reference = referenceTime(latest, d.c.rid, o.clock.wallTime());
    if (last && isTooFarAhead(parseHlc(last).millis, reference, o.maxAheadMs ?? MAX_CLOCK_AHEAD_MS)) {
      hold(db, d.c, last, at);
      heldRids.add(d.c.rid);
      report.held++;
      continue;
    }
    ready.push(d);
  }

  const ops: Op[] = ready.flatMap((r) => r.segment.ops);
  const applier = new Applier(db);
  db.transaction(() => {
    const result = applier.apply(ops, at);
    if (o.code) keepReferencesAhead(db, ops, o.code);
    o.domain.afterMerge(
      db,
      ops.map((op) => ({ entity: op.e, id: op.k, field: op.f })),
      at,
    );
    crashPoint('import:mid-apply');
    report.imported = result.applied;
    report.conflicts = result.conflicts;
    for (const { c, segment } of ready) {
      db.prepare(
        `INSERT INTO sync_segments (rid, seq, name, status, failures, last_size, reason, updated_at) VALUES (?, ?, ?, 'applied', 0, NULL, NULL, ?)
         ON CONFLICT(rid, seq) DO UPDATE SET name = excluded.name, status = 'applied', reason = NULL, updated_at = excluded.updated_at`,
      ).run(c.rid, c.seq, c.name, at);
      db.prepare(
        `UPDATE sync_replicas SET last_hlc = max(coalesce(last_hlc, ''), ?), acked_our_seq = max(coalesce(acked_our_seq, 0), ?) WHERE rid = ?`,
      ).run(segment.header.hlcLast ?? '', segment.header.vv[o.me] ?? 0, c.rid);
      db.prepare(`UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL`).run(
        at,
        `file:${c.rid}:${c.seq}`,
      );
    }
    for (const rid of new Set(ready.map((r) => r.c.rid))) advanceApplied(db, rid);
    for (const rid of new Set(candidates.map((c) => c.rid))) {
      if (!heldRids.has(rid)) {
        db.prepare('UPDATE sync_replicas SET held = 0 WHERE rid = ?').run(rid);
        db.prepare(`UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL`).run(
          at,
          `clock:${rid}`,
        );
      }
    }
    if (result.maxHlc && ready.length > 0) {
      // Everything applied passed the group check: our clock moves past it (HLC receive).
      o.clock.receive(result.maxHlc);
      db.prepare(
        `INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(o.clock.current());
    }
  })();
  return report;
}

/**
 * Case references carrying our own code normally come only from us; after a copied computer has
 * issued some under the same code (see identity.ts), they arrive from elsewhere. Our per-year
 * counter moves past them, so this computer never issues one of those numbers again.
 */
export function keepReferencesAhead(db: BetterSqlite3.Database, ops: readonly Op[], code: string): void {
  const highest = new Map<number, number>();
  for (const op of ops) {
    if (op.e !== 'case') continue;
    const value =
      op.o === 'create' && op.v && typeof op.v === 'object'
        ? (op.v as Record<string, unknown>).reference
        : op.o === 'set' && op.f === 'reference'
          ? op.v
          : null;
    const parsed = typeof value === 'string' ? parseCaseReference(value) : null;
    if (!parsed || parsed.installationCode !== code) continue;
    highest.set(parsed.year, Math.max(highest.get(parsed.year) ?? 0, parsed.sequence));
  }
  for (const [year, sequence] of highest) {
    db.prepare(
      `INSERT INTO meta (key, value) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET value = CAST(max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)`,
    ).run(`case_seq:${year}`, String(sequence));
  }
}

/** The latest time the group vouches for, leaving out the device being judged. */
export function referenceTime(
  latest: ReadonlyMap<string, number>,
  judged: string,
  localWall: number,
): number {
  let reference = localWall;
  for (const [rid, millis] of latest) if (rid !== judged && millis > reference) reference = millis;
  return reference;
}

/** The contiguous mark moves only over segments actually applied: gaps wait for late files. */
export function advanceApplied(db: BetterSqlite3.Database, rid: string): void {
  let { applied_seq: seq } = db.prepare('SELECT applied_seq FROM sync_replicas WHERE rid = ?').get(rid) as {
    applied_seq: number;
  };
  const next = db.prepare(`SELECT 1 FROM sync_segments WHERE rid = ? AND seq = ? AND status = 'applied'`);
  while (next.get(rid, seq + 1)) seq++;
  db.prepare('UPDATE sync_replicas SET applied_seq = ? WHERE rid = ?').run(seq, rid);
}

/** Records a failed read; returns true when the file is now quarantined. */
function failed(db: BetterSqlite3.Database, c: Candidate, size: number, reason: string, at: string): boolean {
  const prior = db
    .prepare('SELECT name, failures, last_size FROM sync_segments WHERE rid = ? AND seq = ?')
    .get(c.rid, c.seq) as { name: string; failures: number; last_size: number | null } | undefined;
  // A file still growing is still arriving: only the same failure on an unchanged file counts.
  const failures = prior && prior.name === c.name && prior.last_size === size ? prior.failures + 1 : 1;
  const quarantined = failures >= QUARANTINE_AFTER;
  db.prepare(
    `INSERT INTO sync_segments (rid, seq, name, status, failures, last_size, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(rid, seq) DO UPDATE SET name = excluded.name, status = excluded.status, failures = excluded.failures,
       last_size = excluded.last_size, reason = excluded.reason, updated_at = excluded.updated_at`,
  ).run(c.rid, c.seq, c.name, quarantined ? 'quarantined' : 'failing', failures, size, reason, at);
  if (quarantined) {
    db.prepare(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'unreadable_file', NULL, NULL, NULL, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, resolved_at = NULL`,
    ).run(
      `file:${c.rid}:${c.seq}`,
      `A file of changes from another computer could not be read: ${reason}.`,
      JSON.stringify({ rid: c.rid, seq: c.seq, name: c.name }),
      at,
    );
  }
  return quarantined;
}

function hold(db: BetterSqlite3.Database, c: Candidate, hlcLast: string, at: string): void {
  db.prepare(
    `INSERT INTO sync_segments (rid, seq, name, status, failures, last_size, reason, updated_at) VALUES (?, ?, ?, 'held', 0, NULL, ?, ?)
     ON CONFLICT(rid, seq) DO UPDATE SET status = 'held', reason = excluded.reason, updated_at = excluded.updated_at`,
  ).run(c.rid, c.seq, c.name, `stamped ${hlcLast.slice(0, 24)}`, at);
  db.prepare('UPDATE sync_replicas SET held = 1 WHERE rid = ?').run(c.rid);
  db.prepare(
    `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
     VALUES (?, 'clock', NULL, NULL, NULL, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, data = excluded.data, resolved_at = NULL`,
  ).run(
    `clock:${c.rid}`,
    `Changes from another computer are dated ${hlcLast.slice(0, 10)}, far ahead of today: its clock looks wrong.`,
    JSON.stringify({ rid: c.rid, hlc: hlcLast }),
    at,
  );
}
