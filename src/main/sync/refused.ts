// Needs attention items for changes sync would not take: ones not believed (trust.ts) and ones
// whose values the contract refuses (values.ts). Nothing of either reached the store.
import type BetterSqlite3 from 'better-sqlite3';
import type { Refused } from './apply';

const upsert = (db: BetterSqlite3.Database) =>
  db.prepare(
    `INSERT INTO attention (id, kind, entity, entity_id, field, detail, data, created_at, resolved_at)
     VALUES (@id, @kind, @entity, @entity_id, NULL, @detail, @data, @at, NULL)
     ON CONFLICT(id) DO UPDATE SET detail = excluded.detail, data = excluded.data, resolved_at = NULL`,
  );

function deviceLabel(db: BetterSqlite3.Database, rid: string): string {
  const row = db.prepare('SELECT label FROM sync_replicas WHERE rid = ?').get(rid) as
    { label: string | null } | undefined;
  return row?.label ? `“${row.label}”` : 'another computer';
}

/**
 * One item per folder for changes not believed, counting all of them (a forged file can hold
 * thousands); `folder` is where they were found (null: judged again later, from pending).
 */
export function noteRejected(
  db: BetterSqlite3.Database,
  folder: string | null,
  rejected: readonly Refused[],
  at: string,
): void {
  const byFolder = new Map<string, Refused[]>();
  for (const r of rejected) {
    const key = folder ?? r.op.r;
    byFolder.set(key, [...(byFolder.get(key) ?? []), r]);
  }
  for (const [rid, list] of byFolder) {
    const id = `refused:${rid}`;
    const prior = db.prepare('SELECT data FROM attention WHERE id = ?').get(id) as
      { data: string | null } | undefined;
    const before = prior?.data ? (JSON.parse(prior.data) as { hlcs: string[] }).hlcs : [];
    const hlcs = [...new Set([...before, ...list.map((r) => r.op.h)])];
    const reasons = [...new Set(list.map((r) => r.reason))].join('; ');
    upsert(db).run({
      id,
      kind: 'untrusted_share',
      entity: null,
      entity_id: null,
      detail:
        `Redress did not accept ${hlcs.length} change${hlcs.length === 1 ? '' : 's'} found in the folder of ${deviceLabel(db, rid)} on the share: ${reasons}. ` +
        'They were not applied. Someone or something with access to the shared folder may have put them there: check who can write to it.',
      data: JSON.stringify({ rid, hlcs: hlcs.slice(0, 1000) }),
      at,
    });
  }
}

/** One item per change held for a value the contract refuses, linked to its record. */
export function noteInvalid(db: BetterSqlite3.Database, invalid: readonly Refused[], at: string): void {
  for (const { op, reason } of invalid) {
    upsert(db).run({
      id: `invalid:${op.h}`,
      kind: 'held_value',
      entity: op.e,
      entity_id: op.k,
      detail:
        `A change from ${deviceLabel(db, op.r)} was not stored: ${reason}. It is held back (nothing else is affected); ` +
        'the computer that made it may be running a faulty or different version of Redress.',
      data: JSON.stringify({ rid: op.r, hlc: op.h }),
      at,
    });
  }
}

const unsignedId = (rid: string) => `unvouched:${rid}`;

/**
 * One item per installation whose files are held for their signature: not yet approved (no
 * vouched-for key), or signed with a key that is not its own. Nothing of them is applied; they
 * are read again on every sync, and applied once the computer is approved.
 */
export function noteUnsigned(
  db: BetterSqlite3.Database,
  held: ReadonlyArray<{ rid: string; verdict: 'unvouched' | 'bad' }>,
  at: string,
): void {
  const byRid = new Map<string, { count: number; bad: boolean }>();
  for (const h of held) {
    const seen = byRid.get(h.rid) ?? { count: 0, bad: false };
    byRid.set(h.rid, { count: seen.count + 1, bad: seen.bad || h.verdict === 'bad' });
  }
  for (const [rid, { count, bad }] of byRid) {
    const files = `${count} file${count === 1 ? '' : 's'} of changes`;
    upsert(db).run({
      id: unsignedId(rid),
      kind: 'untrusted_share',
      entity: null,
      entity_id: null,
      detail: bad
        ? `Redress is holding ${files} in the folder of ${deviceLabel(db, rid)} on the share: they are not signed with that computer’s own key, so they may have been altered or put there by someone else. Nothing in them was applied.`
        : `Redress is holding ${files} from ${deviceLabel(db, rid)}: that computer has not been approved to join the share. Nothing in them is applied until an administrator approves it (Settings → Central share) or it joins with a join code.`,
      data: JSON.stringify({ rid, held: count, bad }),
      at,
    });
  }
}

/** Items of installations whose files were applied this time are settled. */
export function settleUnsigned(db: BetterSqlite3.Database, applied: ReadonlySet<string>, at: string): void {
  const settle = db.prepare('UPDATE attention SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL');
  for (const rid of applied) {
    const stillHeld = db
      .prepare(
        `SELECT 1 FROM sync_segments WHERE rid = ? AND status = 'held' AND reason IN ('bad signature', 'computer not approved') LIMIT 1`,
      )
      .get(rid);
    if (!stillHeld) settle.run(at, unsignedId(rid));
  }
}
