// Reading other installations' segments from the share. Cheap when nothing changed: one listing
// of replicas/ and one of each replica's seg/ folder, no file reads. Files that fail their checks
// are retried (a cloud client may still be copying them) and quarantined, with a visible item,
// once they have failed the same way three times. Nothing is ever inferred from a file's absence.
import type BetterSqlite3 from 'better-sqlite3';
import { parseCaseReference } from '../../shared/domain/caseReference';
import { parseHlc } from '../../shared/domain/hlc';
import { isTooFarAhead, MAX_CLOCK_AHEAD_MS } from '../../shared/sync/merge';
import type { ChangeClock } from '../store/clock';
import { Applier, applyOrder, type Refused } from './apply';
import { crashPoint } from './crash';
import { behindGcPoint } from './gcPoint';
import type { Op } from './ops';
import type { DomainPort } from './port';
import { shareKeysOf, type SignatureVerdict } from './keyring';
import { noteInvalid, noteRejected, noteUnsigned, settleUnsigned } from './refused';
import { parseSegmentName, readSegment, SEGMENT_MAX_BYTES, SegmentError, type Segment } from './segment';
import { isFileLevel, segmentDir, type ShareFs } from './shareFs';
import { justBelowSeq, listWithSizes } from './listing';
import type { AtStore } from './storeAccess';
import { recordFormer, Trust } from './trust';

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
  store: AtStore;
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

/** Changes applied per transaction: the store is free between batches, so the app answers meanwhile. */
const BATCH_OPS = 20_000;

export async function listOtherReplicas(fs: ShareFs, me: string): Promise<string[]> {
  return (await fs.list('replicas')).filter((name) => RID.test(name) && name !== me).sort();
}

/**
 * Three phases, the store held only in short pieces and never across share I/O: list the share
 * and pick the files not yet applied; read and verify them (streamed, capped: SEGMENT_MAX_BYTES);
 * apply them in windows of short transactions.
 */
export async function importChanges(o: ImportOptions): Promise<ImportReport> {
  const { store, fs } = o;
  const report: ImportReport = { imported: 0, segmentsRead: 0, held: 0, quarantined: 0, conflicts: 0 };
  const at = o.now().toISOString();
  const candidates: Candidate[] = [];
  for (const rid of await listOtherReplicas(fs, o.me)) {
    const { applied, quarantinedSize, known } = await store((db) => replicaState(db, rid, at));
    // Only names from the next segment needed on (the hint saves an object store from listing a
    // replica's whole history; the filter below still applies wherever the share ignores it). GC
    // markers (gc-…) sort after every segment name, so they are in this listing too.
    const listing = await listWithSizes(fs, segmentDir(rid), { after: justBelowSeq(applied + 1) });
    // Segments this store still needs that their writer has removed (gcPoint.ts): wait, never skip.
    if (await behindGcPoint(store, fs, o.me, rid, listing.names, applied, at)) continue;
    for (const name of listing.names) {
      const parsed = parseSegmentName(name);
      if (!parsed || parsed.kind !== 'segment' || parsed.seq <= applied) continue;
      const status = known.get(`${parsed.seq}:${name}`);
      if (status === 'applied') continue;
      // Quarantined files are looked at again (a size check, no read) only once they change.
      if (
        status === 'quarantined' &&
        (await listing.sizeOf(name)) === quarantinedSize.get(`${parsed.seq}:${name}`)
      )
        continue;
      candidates.push({ rid, seq: parsed.seq, name, hash16: parsed.hash16 });
    }
  }

  const decoded: Array<{ c: Candidate; segment: Segment }> = [];
  const keys = await store((db) => shareKeysOf(db, o.me));
  // Files not signed by their installation's vouched-for key: held (kept, read again each sync).
  const unsigned: Array<{ c: Candidate; verdict: Exclude<SignatureVerdict, 'ok'> }> = [];
  let done = 0;
  for (const c of candidates) {
    o.onProgress?.(done++, candidates.length);
    const path = `${segmentDir(c.rid)}/${c.name}`;
    try {
      const segment = await readSegment(
        fs,
        path,
        { rid: c.rid, seq: c.seq, hash16: c.hash16 },
        SEGMENT_MAX_BYTES,
        keys,
      );
      report.segmentsRead++;
      if (segment.signature !== 'ok') unsigned.push({ c, verdict: segment.signature });
      else decoded.push({ c, segment });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // listed, then gone: look again next time
      if (error instanceof SegmentError || isFileLevel(error)) {
        report.segmentsRead++;
        const size = (error as { size?: number }).size ?? (await fs.size(path)) ?? 0;
        // Too large never gets smaller by waiting: quarantined at once (looked at again if it changes).
        const reason = (error as Error).message;
        if (await store((db) => failed(db, c, size, reason, at, code === 'EFBIG'))) report.quarantined++;
        continue;
      }
      if (code === 'ETIMEDOUT') {
        // The share stopped answering on this file. It counts as one failed read of it (so a file
        // that never comes back is quarantined, and the rest of the share syncs again); the sync
        // ends here with "not responding" unless this file is now set aside.
        const size = await fs.size(path).catch(() => null);
        const reason = 'the share did not return it (it stopped responding while the file was read)';
        if (size !== null && (await store((db) => failed(db, c, size, reason, at)))) {
          report.quarantined++;
          continue;
        }
      }
      throw error;
    }
  }
  o.onProgress?.(done, candidates.length);

  // A device is "too far ahead" against the rest of the group, not against this computer alone:
  // a computer whose own clock is behind still accepts correct changes, while one device years
  // in the future is held by everyone else.
  const latest = await store((db) => latestOfEach(db));
  for (const { c, segment } of decoded) {
    const last = segment.header.hlcLast;
    if (last) latest.set(c.rid, Math.max(latest.get(c.rid) ?? 0, parseHlc(last).millis));
  }
  const ready: Array<{ c: Candidate; segment: Segment }> = [];
  const heldRids = new Set<string>();
  if (unsigned.length) {
    await store((db) =>
      db.transaction(() => {
        for (const u of unsigned) holdUnsigned(db, u.c, u.verdict, at);
        noteUnsigned(
          db,
          unsigned.map((u) => ({ rid: u.c.rid, verdict: u.verdict })),
          at,
        );
      })(),
    );
    report.held += unsigned.length;
  }
  for (const d of decoded) {
    const last = d.segment.header.hlcLast;
    const reference = referenceTime(latest, d.c.rid, o.clock.wallTime());
    if (last && isTooFarAhead(parseHlc(last).millis, reference, o.maxAheadMs ?? MAX_CLOCK_AHEAD_MS)) {
      await store((db) => hold(db, d.c, last, at));
      heldRids.add(d.c.rid);
      report.held++;
      continue;
    }
    ready.push(d);
  }

  // Rule 1 (trust.ts), after recording who each folder says it was before: a change belongs to
  // the folder it was found in. Changes that do not are noted and left out.
  const accepted = await store((db) =>
    db.transaction(() => {
      for (const { c, segment } of ready) recordFormer(db, c.rid, segment.header.former);
      const trust = new Trust(db);
      const ops: Op[] = [];
      for (const { c, segment } of ready) {
        const refused: Refused[] = [];
        for (const op of segment.ops) {
          const verdict = trust.inFolder(op, c.rid);
          if (verdict.ok) ops.push(op);
          else if (!verdict.wait) refused.push({ op, reason: verdict.reason });
        }
        if (refused.length) noteRejected(db, c.rid, refused, at);
      }
      return ops;
    })(),
  );
  // Applied in the merge's order (records first, then changes grouped by record), cut into
  // windows of short transactions: the store is free between them, and each window walks its own
  // stretch of the keys. The files are marked applied only after the last window: a crash in
  // between reads them again, and what was applied already is skipped by its clock value.
  const sorted = accepted.sort(applyOrder);
  let applier: Applier | null = null; // one for all windows: its prepared statements are reused
  for (let i = 0; i < sorted.length || i === 0; i += BATCH_OPS) {
    const window = sorted.slice(i, i + BATCH_OPS);
    await store((db) => applyWindow(db, (applier ??= new Applier(db)), o, window, at, report));
  }
  await store((db) => markApplied(db, o, ready, candidates, heldRids, at));
  return report;
}

/** What this store knows of one replica's files (and a note that it was seen now). */
function replicaState(db: BetterSqlite3.Database, rid: string, at: string) {
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
        .all(rid) as Array<{ seq: number; name: string; last_size: number | null }>
    ).map((q) => [`${q.seq}:${q.name}`, q.last_size]),
  );
  const known = new Map(
    (
      db
        .prepare(`SELECT seq, name, status FROM sync_segments WHERE rid = ? AND seq > ?`)
        .all(rid, applied) as Array<{ seq: number; name: string; status: string }>
    ).map((s) => [`${s.seq}:${s.name}`, s.status]),
  );
  return { applied, quarantinedSize, known };
}

function latestOfEach(db: BetterSqlite3.Database): Map<string, number> {
  const latest = new Map<string, number>();
  for (const r of db
    .prepare('SELECT rid, last_hlc FROM sync_replicas WHERE last_hlc IS NOT NULL')
    .all() as Array<{ rid: string; last_hlc: string }>) {
    if (r.last_hlc) latest.set(r.rid, parseHlc(r.last_hlc).millis);
  }
  return latest;
}

/** One transaction: a window of verified changes applied (in the merge's order). */
function applyWindow(
  db: BetterSqlite3.Database,
  applier: Applier,
  o: ImportOptions,
  ops: readonly Op[],
  at: string,
  report: ImportReport,
): void {
  db.transaction(() => {
    const result = applier.apply(ops, at);
    if (result.rejected.length) noteRejected(db, null, result.rejected, at);
    if (result.invalid.length) noteInvalid(db, result.invalid, at);
    if (o.code) keepReferencesAhead(db, ops, o.code);
    o.domain.afterMerge(
      db,
      ops.map((op) => ({ entity: op.e, id: op.k, field: op.f })),
      at,
    );
    crashPoint('import:mid-apply');
    report.imported += result.applied;
    report.conflicts += result.conflicts;
    if (result.maxHlc) {
      // Everything applied passed the group check: our clock moves past it (HLC receive).
      o.clock.receive(result.maxHlc);
      db.prepare(
        `INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(o.clock.current());
    }
  })();
}

/** The files whose changes are now all applied, the marks that move with them, and settled items. */
function markApplied(
  db: BetterSqlite3.Database,
  o: ImportOptions,
  ready: ReadonlyArray<{ c: Candidate; segment: Segment }>,
  candidates: readonly Candidate[],
  heldRids: ReadonlySet<string>,
  at: string,
): void {
  db.transaction(() => {
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
    settleUnsigned(db, new Set(ready.map((r) => r.c.rid)), at);
    for (const rid of new Set(candidates.map((c) => c.rid))) {
      if (!heldRids.has(rid)) {
        db.prepare('UPDATE sync_replicas SET held = 0 WHERE rid = ?').run(rid);
        db.prepare(`UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL`).run(
          at,
          `clock:${rid}`,
        );
      }
    }
  })();
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
function failed(
  db: BetterSqlite3.Database,
  c: Candidate,
  size: number,
  reason: string,
  at: string,
  immediately = false,
): boolean {
  const prior = db
    .prepare('SELECT name, failures, last_size FROM sync_segments WHERE rid = ? AND seq = ?')
    .get(c.rid, c.seq) as { name: string; failures: number; last_size: number | null } | undefined;
  // A file still growing is still arriving: only the same failure on an unchanged file counts.
  const failures = prior && prior.name === c.name && prior.last_size === size ? prior.failures + 1 : 1;
  const quarantined = immediately || failures >= QUARANTINE_AFTER;
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

/** A file whose signature is not its installation's vouched-for key: kept out, and read again next time. */
function holdUnsigned(
  db: BetterSqlite3.Database,
  c: Candidate,
  verdict: Exclude<SignatureVerdict, 'ok'>,
  at: string,
): void {
  db.prepare(
    `INSERT INTO sync_segments (rid, seq, name, status, failures, last_size, reason, updated_at) VALUES (?, ?, ?, 'held', 0, NULL, ?, ?)
     ON CONFLICT(rid, seq) DO UPDATE SET name = excluded.name, status = 'held', reason = excluded.reason, updated_at = excluded.updated_at`,
  ).run(c.rid, c.seq, c.name, verdict === 'bad' ? 'bad signature' : 'computer not approved', at);
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
