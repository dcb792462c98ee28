// Which changes found on the share are believed. Anyone who can write to the shared folder can
// put files in it, so a change's claims are checked against where it was found and what the
// share already says, before anything is applied:
//
//  1. Installation. A change found in replicas/<X>/ must have been made by X, or by an identity X
//     declares it used before (its `former` list, carried in X's own segment headers: a copied
//     computer given a new identity, or a store restored from a backup, writes its earlier
//     changes again with their original installation; identity.ts, store/backup.ts).
//  2. Author. A change names the person who made it. That person must have been created by the
//     change's installation or by one of its former identities: people are set up on one
//     computer (services/installation.ts setUpOfficer, or demo data), and each installation
//     writes only as people set up on it — the officer using it, and after a restore or a new
//     identity the officer it carried over. A change to an officer's own person record (one set
//     up by themself) must come from the installation that created it; a colleague added under
//     Settings → People (created by another officer) is the team's shared list, and any
//     installation's own officer may correct or deactivate them — but not anonymously.
//     A change naming no one (null) claims no one.
//     An author not created anywhere this store has seen yet may simply not have arrived: the
//     change waits (pending_ops 'waiting') and is judged again when more arrives.
//
// Changes failing 1 or 2 are never applied or kept; they are counted in a Needs attention item
// for the file they came in.
//
// Before any of this, a file must be signed by its folder's installation key, vouched for at
// join (segment.ts, keyring.ts, vouches.ts): a folder no one approved writes nothing anyone
// applies, however it dresses its changes. What remains, said plainly: an approved installation
// may still declare another's identity as its former one (`former`), and is believed for it. A
// real former identity (a copied computer given a new one) signs with the same key as before, so
// this can be closed by believing a `former` claim only when both identities' hellos declare the
// same public key; that check is not made yet.
import type BetterSqlite3 from 'better-sqlite3';
import { formerIdentities } from './identity';
import type { Op } from './ops';
import { writeMeta, readMeta } from '../store/meta';

const lineageKey = (rid: string) => `lineage:${rid}`;

/** The identities an installation has declared as its former ones (kept locally as they are read). */
export function declaredFormer(db: BetterSqlite3.Database, rid: string): string[] {
  const raw = readMeta(db, lineageKey(rid));
  return raw ? (JSON.parse(raw) as string[]) : [];
}

/** Remembers an installation's declared former identities (only ever added to). */
export function recordFormer(db: BetterSqlite3.Database, rid: string, former: unknown): void {
  if (!Array.isArray(former) || former.length === 0) return;
  const known = new Set(declaredFormer(db, rid));
  const before = known.size;
  for (const f of former.slice(0, 50)) if (typeof f === 'string' && f !== rid) known.add(f);
  if (known.size === before) return;
  writeMeta(db, lineageKey(rid), JSON.stringify([...known].sort()));
}

/** Every former identity any installation has declared (a snapshot carries them to a newcomer). */
export function allDeclaredFormer(db: BetterSqlite3.Database, me: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of db.prepare(`SELECT key, value FROM meta WHERE key LIKE 'lineage:%'`).all() as Array<{
    key: string;
    value: string;
  }>)
    out[row.key.slice('lineage:'.length)] = JSON.parse(row.value) as string[];
  const mine = formerIdentities(db).map((f) => f.rid);
  if (mine.length) out[me] = [...new Set([...(out[me] ?? []), ...mine])];
  return out;
}

export type Verdict = { ok: true } | { ok: false; wait: true } | { ok: false; wait: false; reason: string };

const OK: Verdict = { ok: true };

/** Judges changes against rules 1 and 2, with the lookups cached for one batch. */
export class Trust {
  private readonly lineages = new Map<string, Set<string>>();
  private readonly creatorStmt: BetterSqlite3.Statement;
  private readonly selfMadeStmt: BetterSqlite3.Statement;

  constructor(private readonly db: BetterSqlite3.Database) {
    this.creatorStmt = db.prepare(
      `SELECT replica_id FROM changes WHERE entity = 'person' AND entity_id = ? AND op = 'create' LIMIT 1`,
    );
    this.selfMadeStmt = db.prepare(
      `SELECT actor_id FROM changes WHERE entity = 'person' AND entity_id = ? AND op = 'create' LIMIT 1`,
    );
  }

  /** The installation and the identities it declared as its former ones. */
  lineage(rid: string): Set<string> {
    let set = this.lineages.get(rid);
    if (!set) this.lineages.set(rid, (set = new Set([rid, ...declaredFormer(this.db, rid)])));
    return set;
  }

  /** Rule 1: a change found in `folder` belongs there. */
  inFolder(op: Op, folder: string): Verdict {
    if (this.lineage(folder).has(op.r)) return OK;
    return {
      ok: false,
      wait: false,
      reason: 'changes in one computer’s folder claim to come from another computer',
    };
  }

  /** Rule 2: the change's author is someone its installation may write as. */
  author(op: Op): Verdict {
    const lineage = this.lineage(op.r);
    if (op.e === 'person' && op.o === 'create') {
      // A person is set up by themself (or, in demo data, by an officer of the same computer).
      if (op.a === null || op.a === op.k) return OK;
    } else if (op.e === 'person') {
      const creator = this.creator(op.k);
      if (creator === null) return { ok: false, wait: true };
      if (!lineage.has(creator) && (this.selfMade(op.k) || op.a === null))
        return { ok: false, wait: false, reason: 'changes to a person set up on another computer' };
    }
    if (op.a === null) return OK;
    const creator = this.creator(op.a);
    if (creator === null) return { ok: false, wait: true };
    if (lineage.has(creator)) return OK;
    return {
      ok: false,
      wait: false,
      reason: 'changes signed with the name of an officer who works on another computer',
    };
  }

  private readonly creators = new Map<string, string>();
  /** Whether a person was set up by themself (an officer of a computer), not added by a colleague. */
  private selfMade(personId: string): boolean {
    const row = this.selfMadeStmt.get(personId) as { actor_id: string | null } | undefined;
    return row?.actor_id == null || row.actor_id === personId;
  }

  /** Which installation created a person (null: not seen yet; only found answers are cached). */
  private creator(personId: string): string | null {
    const cached = this.creators.get(personId);
    if (cached) return cached;
    const found = (this.creatorStmt.get(personId) as { replica_id: string } | undefined)?.replica_id ?? null;
    if (found) this.creators.set(personId, found);
    return found;
  }
}
