// A writer's garbage-collection point, as readers see it. Once every installation has read a
// writer's old segments and a snapshot of the writer's own holds them, the writer removes them
// (gc.ts). Before removing any, it writes a signed marker beside its segments,
// `seg/gc-<N>-<hash>.json`: "my segments 1..N are removed; my snapshot S holds them". Readers
// see it in the listing of seg/ they make anyway (no extra request on a quiet sync), and act on
// it only when it matters:
//  - a reader that has not applied up to N would need segments that are gone: it never skips
//    them silently; it reads none of that writer's segments, raises a waiting item, and waits
//    for a snapshot that holds them (snapshot.ts starts again from one while such a gap is open);
//  - a newcomer uses only a snapshot whose claims reach past each writer's point (the claim's
//    last segment, N+1 or later, is always kept, so the claim is still checked against it).
// A marker not signed by its folder's vouched-for key is ignored: anyone who can write to the
// share could put one there.
import { writeMeta } from '../store/meta';
import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { shareKeysOf, type ShareKeys } from './keyring';
import { isShareLevel, readCapped, segmentDir, type ShareFs } from './shareFs';
import { signHash, type Signer } from './signing';
import type { AtStore } from './storeAccess';

const NAME = /^gc-(\d{10})-([0-9a-f]{16})\.json$/;
const MARKER_MAX_BYTES = 65_536;

export interface GcPoint {
  rid: string;
  /** This installation's segments 1..removedThrough are removed (or being removed). */
  removedThrough: number;
  /** Its snapshot that holds their changes (claims its own segments past removedThrough). */
  snapshot: string;
  at: string;
}

/** Marker names in a seg/ listing, highest point first. */
export function gcMarkers(names: readonly string[]): Array<{ name: string; removedThrough: number }> {
  const found: Array<{ name: string; removedThrough: number }> = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) found.push({ name, removedThrough: Number(m[1]) });
  }
  return found.sort((a, b) => b.removedThrough - a.removedThrough);
}

/** The marker as it goes on the share: the point in clear (nothing personal in it), signed. */
export function sealGcPoint(signer: Signer, point: GcPoint): { name: string; bytes: Buffer } {
  const body = JSON.stringify(point);
  const sha256 = createHash('sha256').update(body).digest('hex');
  const bytes = Buffer.from(JSON.stringify({ point: JSON.parse(body), sig: signHash(signer, 'gc', sha256) }));
  return { name: `gc-${String(point.removedThrough).padStart(10, '0')}-${sha256.slice(0, 16)}.json`, bytes };
}

/**
 * The highest point among `names` (a listing of rid's seg/) that its writer signed; 0 when none.
 * Markers at or below `atLeast` are not read (they cannot matter to the caller).
 */
export async function verifiedGcPoint(
  fs: ShareFs,
  rid: string,
  names: readonly string[],
  keys: ShareKeys,
  atLeast = 0,
): Promise<number> {
  for (const marker of gcMarkers(names)) {
    if (marker.removedThrough <= atLeast) break;
    try {
      const raw = JSON.parse(
        Buffer.from(await readCapped(fs, `${segmentDir(rid)}/${marker.name}`, MARKER_MAX_BYTES)).toString(
          'utf8',
        ),
      ) as { point?: GcPoint; sig?: unknown };
      const point = raw.point;
      if (!point || point.rid !== rid || point.removedThrough !== marker.removedThrough) continue;
      const sha256 = createHash('sha256').update(JSON.stringify(point)).digest('hex');
      if (!marker.name.endsWith(`-${sha256.slice(0, 16)}.json`)) continue;
      if (keys.verdict(rid, 'gc', sha256, raw.sig) === 'ok') return point.removedThrough;
    } catch (error) {
      if (isShareLevel(error)) throw error;
      // Gone, damaged or still arriving: the next one down, or none.
    }
  }
  return 0;
}

/** Every other installation's signed point (only those above 0), for judging snapshots. */
export async function gcPointsOn(
  fs: ShareFs,
  rids: readonly string[],
  keys: ShareKeys,
): Promise<Map<string, number>> {
  const points = new Map<string, number>();
  for (const rid of rids) {
    const names = await fs.list(segmentDir(rid));
    if (!gcMarkers(names).length) continue;
    const point = await verifiedGcPoint(fs, rid, names, keys);
    if (point > 0) points.set(rid, point);
  }
  return points;
}

/** Whether a snapshot's claims reach past every writer's point (else it lacks what was removed). */
export function reachesGcPoints(
  vv: Record<string, number>,
  points: ReadonlyMap<string, number>,
  me: string,
): boolean {
  for (const [rid, removedThrough] of points)
    if (rid !== me && (vv[rid] ?? 0) <= removedThrough) return false;
  return true;
}

const gapKey = (rid: string) => `gc_gap:${rid}`;
const gapItem = (rid: string) => `gcgap:${rid}`;

/**
 * A reader's check before taking in `rid`'s segments: true when segments it still needs (after
 * `applied`) were removed by their writer. Then it reads none of that writer's segments (later
 * ones alone would leave a hole no one could see) and says it is waiting for a snapshot.
 */
export async function behindGcPoint(
  store: AtStore,
  fs: ShareFs,
  me: string,
  rid: string,
  names: readonly string[],
  applied: number,
  at: string,
): Promise<boolean> {
  const highest = gcMarkers(names)[0];
  if (!highest || highest.removedThrough <= applied) return false;
  const keys = await store((db) => shareKeysOf(db, me));
  const point = await verifiedGcPoint(fs, rid, names, keys, applied);
  if (point <= applied) return false;
  await store((db) => noteGcGap(db, rid, point, at));
  return true;
}

function noteGcGap(db: BetterSqlite3.Database, rid: string, removedThrough: number, at: string): void {
  const label =
    (
      db.prepare('SELECT label FROM sync_replicas WHERE rid = ?').get(rid) as
        { label: string | null } | undefined
    )?.label ?? 'another computer';
  db.transaction(() => {
    writeMeta(db, gapKey(rid), String(removedThrough));
    db.prepare(
      `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
       VALUES (?, 'waiting_for_data', NULL, NULL, NULL, ?, ?, ?, NULL)
       ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, data = excluded.data, resolved_at = NULL`,
    ).run(
      gapItem(rid),
      `Older changes from ${label} were tidied off the share before this computer read them. This computer takes in none of ${label}’s changes until it starts again from a snapshot that holds them (one is written when any computer in the share syncs); nothing has been skipped.`,
      JSON.stringify({ rid, removedThrough }),
      at,
    );
  })();
}

/** Whether this store waits for a snapshot because a writer removed segments it needed. */
export function hasGcGap(db: BetterSqlite3.Database): boolean {
  return !!db.prepare(`SELECT 1 FROM meta WHERE key LIKE 'gc_gap:%' LIMIT 1`).get();
}

/** After a snapshot came in: the gaps it closed are settled (applied_seq has reached the point). */
export function settleGcGaps(db: BetterSqlite3.Database, at: string): void {
  for (const row of db.prepare(`SELECT key, value FROM meta WHERE key LIKE 'gc_gap:%'`).all() as Array<{
    key: string;
    value: string;
  }>) {
    const rid = row.key.slice('gc_gap:'.length);
    const applied =
      (
        db.prepare('SELECT applied_seq FROM sync_replicas WHERE rid = ?').get(rid) as
          { applied_seq: number } | undefined
      )?.applied_seq ?? 0;
    if (applied < Number(row.value)) continue;
    db.prepare('DELETE FROM meta WHERE key = ?').run(row.key);
    db.prepare('UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL').run(
      at,
      gapItem(rid),
    );
  }
}
