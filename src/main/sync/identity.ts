// Two computers writing as one. If a laptop's disk or profile is copied to a second laptop (or a
// store is restored from an older backup), both carry the same installation id and would write
// different segments under the same sequence numbers in one folder: other computers read one
// file per sequence number and would silently miss the other. So, before writing, an installation
// compares its own seg/ folder with what it recorded writing (sync_exports). A whole, valid
// segment (one other computers would apply) at a number we wrote under another name, or at a
// number beyond anything we wrote, was written by someone else as us. Damaged, half-copied or
// forged files are ignored by every reader, so they are no threat: they are noted by size and
// looked at again only if they change. The computer whose record disagrees stops sharing (it
// keeps working and importing), raises a `fork` item, and is offered a new identity; the one
// whose files all match carries on as before. Whichever of the two writes first after the copy
// keeps the identity.
//
// Under a new identity the installation writes all of its own changes again, with their original
// installation ids and clock values: others apply a change once by its clock value, so nothing is
// duplicated, and whatever a reader skipped under the shared identity arrives this way.
import type BetterSqlite3 from 'better-sqlite3';
import { shareKeysOf } from './keyring';
import { parseSegmentName, readSegment, SEGMENT_MAX_BYTES } from './segment';
import { segmentDir, type ShareFs } from './shareFs';
import { justBelowSeq, listWithSizes } from './listing';
import type { AtStore } from './storeAccess';
import { readMeta as meta, writeMeta } from '../store/meta';

export interface ForkCheck {
  /**
   * false: only our folder's files from our last number on (a sync between full checks, tips.ts);
   * otherwise the whole folder.
   */
  thorough?: boolean;
}

/** An identity this installation used before: its changes up to `upToChange` are still its own. */
export interface FormerIdentity {
  rid: string;
  code: string;
  /** The last local change number (changes.seq) made under it. */
  upToChange: number;
  until: string;
}

export interface ForkEvidence {
  seq: number;
  /** The file someone else wrote in our folder. */
  found: string;
  /** What we wrote at that number (null: we never got that far). */
  ours: string | null;
}

const FORK_META = 'fork_detected';
const INVALID_META = 'own_folder_invalid';
export const forkItemId = (rid: string) => `fork:${rid}`;

export function formerIdentities(db: BetterSqlite3.Database): FormerIdentity[] {
  const raw = meta(db, 'former_installations');
  return raw ? (JSON.parse(raw) as FormerIdentity[]) : [];
}

/**
 * Which rows of `changes` this installation wrote (alias-free SQL and its parameters): those under
 * its id, and those under each former id up to the moment it changed identity. Changes arriving
 * later under a former id were made by the other computer, and are not ours to write.
 */
export function ownChanges(db: BetterSqlite3.Database, rid: string): { where: string; params: unknown[] } {
  const former = formerIdentities(db);
  return {
    where: `(replica_id = ?${former.map(() => ' OR (replica_id = ? AND seq <= ?)').join('')})`,
    params: [rid, ...former.flatMap((f) => [f.rid, f.upToChange])],
  };
}

/**
 * The first valid segment in our own folder that we did not write, or null when every segment
 * there is ours. No file is read while all names match (the usual case: one listing, no reads).
 */
export async function findForeignSegment(
  store: AtStore,
  fs: ShareFs,
  rid: string,
  options: ForkCheck = {},
): Promise<ForkEvidence | null> {
  const { ours, invalidBefore, keys } = await store((db) => ({
    keys: shareKeysOf(db, rid),
    ours: new Map(
      (db.prepare('SELECT seq, name FROM sync_exports').all() as Array<{ seq: number; name: string }>).map(
        (r) => [r.seq, r.name],
      ),
    ),
    // Files found invalid before, by size: looked at again only once they change (still arriving).
    invalidBefore: JSON.parse(meta(db, INVALID_META) ?? '{}') as Record<string, number>,
  }));
  const strangers: Array<{ seq: number; name: string; hash16: string }> = [];
  // Between thorough checks, only from our last number on: of two copies writing as one, the one
  // that wrote less finds the other's file at its own last number or after it (both wrote that
  // far, differently), so it stops at once. The thorough check (the whole folder) also catches
  // the one that wrote more, whose readers may have taken the other's file at a shared number.
  const last = Math.max(0, ...ours.keys());
  const listing = await listWithSizes(
    fs,
    segmentDir(rid),
    options.thorough === false && last > 0 ? { after: justBelowSeq(last) } : {},
  );
  for (const name of listing.names) {
    // Conflicted copies, temp files and junk do not parse: only real segment names count.
    const parsed = parseSegmentName(name);
    if (!parsed || parsed.kind !== 'segment') continue;
    if (ours.get(parsed.seq) === name) continue;
    strangers.push({ seq: parsed.seq, name, hash16: parsed.hash16 });
  }
  if (strangers.length === 0) return null;
  const invalidNow: Record<string, number> = {};
  let first: ForkEvidence | null = null;
  for (const s of strangers.sort((a, b) => a.seq - b.seq)) {
    const path = `${segmentDir(rid)}/${s.name}`;
    const size = await listing.sizeOf(s.name);
    if (size === null) continue; // listed, then gone
    if (s.name in invalidBefore && size === invalidBefore[s.name]) {
      invalidNow[s.name] = size;
      continue;
    }
    try {
      const read = await readSegment(
        fs,
        path,
        { rid, seq: s.seq, hash16: s.hash16 },
        SEGMENT_MAX_BYTES,
        keys,
      );
      // Only a copy of this computer holds its signing key: anything else is a forgery, read by no one.
      if (read.signature !== 'ok') {
        invalidNow[s.name] = size;
        continue;
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      if (code === 'ABORT_ERR') throw error;
      // Damaged, too big, or never returned by the share (then no reader gets it either): no one
      // is writing as us through it, and it is looked at again only once it changes.
      invalidNow[s.name] = size;
      continue;
    }
    first = { seq: s.seq, found: s.name, ours: ours.get(s.seq) ?? null };
    break;
  }
  await store((db) => writeMeta(db, INVALID_META, JSON.stringify(invalidNow)));
  return first;
}

/** The evidence, while this installation (under `rid`) has stopped sharing; null otherwise. */
export function forkDetected(db: BetterSqlite3.Database, rid: string): ForkEvidence | null {
  const raw = meta(db, FORK_META);
  if (!raw) return null;
  const state = JSON.parse(raw) as ForkEvidence & { rid: string };
  return state.rid === rid ? state : null;
}

export const FORK_DETAIL =
  'Another computer is using this computer’s identity on the share — probably a copy of this computer’s data (a copied disk or user profile, or a backup put back). ' +
  'Changes made here are kept but not shared until this is sorted out; changes from other computers still arrive. ' +
  'Giving this computer a new identity shares everything made here again, without losing or duplicating anything.';

/** Stops sharing under `rid` (sticky until a new identity is taken) and raises the item. */
export function flagFork(db: BetterSqlite3.Database, rid: string, evidence: ForkEvidence, at: string): void {
  db.transaction(() => {
    writeMeta(db, FORK_META, JSON.stringify({ rid, ...evidence, at }));
    db.prepare(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'fork', NULL, NULL, NULL, ?, ?, ?, NULL)
       ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, data = excluded.data, resolved_at = NULL`,
    ).run(forkItemId(rid), FORK_DETAIL, JSON.stringify({ rid, ...evidence }), at);
  })();
}

/** After taking a new identity: the old one's state and item are settled. */
export function clearFork(db: BetterSqlite3.Database, rid: string, at: string): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(FORK_META);
  db.prepare('UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL').run(
    at,
    forkItemId(rid),
  );
}

/**
 * Checks our own folder before writing. Returns true when this installation must not write under
 * `rid` (now, or since an earlier check): someone else writes as us.
 */
export async function stopIfForked(
  store: AtStore,
  fs: ShareFs,
  rid: string,
  at: string,
  check: ForkCheck = {},
): Promise<boolean> {
  if (await store((db) => forkDetected(db, rid))) return true;
  const evidence = await findForeignSegment(store, fs, rid, check);
  if (!evidence) return false;
  await store((db) => flagFork(db, rid, evidence, at));
  return true;
}
