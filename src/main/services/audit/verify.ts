// `audit verify`: every installation's chain held in this store, walked a stretch of positions at
// a time (the store is free between stretches, so the app answers during a long check). Changes,
// views and changes held back on arrival (pending_ops) all count as entries of their writer's chain.
import type BetterSqlite3 from 'better-sqlite3';
import { ChainWalk, type ChainProblem } from '../../../shared/audit/chain';
import type { AuditReport, InstallationChain } from '../../../shared/contract/audit';
import { audit as auditMigration } from '../../db/migrations/010_audit';
import {
  chainHash,
  changeContent,
  heldEntry,
  viewContent,
  type ChangeContent,
  type ViewContent,
} from '../../store/auditChain';
import type { ServiceContext } from '../../store/context';
import { erasedValues } from '../../store/erasure';
import { requireAuditor } from './auditors';

/** Positions read per piece of store work. */
const STRETCH = 20_000;

type Held = { pos: number; hash: string; content: string; erased?: boolean };

async function atStore<T>(ctx: ServiceContext, work: (db: BetterSqlite3.Database) => T): Promise<T> {
  return ctx.db.connection().execute(async () => work(ctx.sqlite));
}

export async function verifyAudit(ctx: ServiceContext): Promise<AuditReport> {
  requireAuditor(ctx);
  const { rids, labels, held, erased } = await atStore(ctx, (db) => ({
    ...overview(db),
    erased: erasedRecords(db),
  }));
  const installations: InstallationChain[] = [];
  for (const rid of rids) {
    const walk = new ChainWalk(chainHash);
    const last = await atStore(ctx, (db) => lastPosition(db, rid));
    const waiting = (held.get(rid) ?? []).sort((a, b) => a.pos - b.pos);
    let w = 0;
    for (let from = 0; from < Math.max(last, waiting.at(-1)?.pos ?? 0); from += STRETCH) {
      const stretch = await atStore(ctx, (db) => entriesIn(db, rid, from, from + STRETCH, erased));
      // Held changes are few: merged into the stretch they fall in.
      while (w < waiting.length && waiting[w]!.pos <= from + STRETCH) stretch.push(waiting[w++]!);
      stretch.sort((a, b) => a.pos - b.pos);
      for (const e of stretch) walk.push(e);
    }
    for (; w < waiting.length; w++) walk.push(waiting[w]!);
    const problems: ChainProblem[] = walk.finish();
    const loose = await atStore(ctx, (db) => unchained(db, rid));
    for (const entry of loose.chainedVersion)
      problems.push({
        position: null,
        kind: 'inserted',
        detail: `An entry dated ${entry.slice(0, 10)} has no place in the chain, though it claims to be written by a version of Redress that chains every entry.`,
      });
    installations.push({
      installation: rid,
      label: labels.get(rid) ?? null,
      thisComputer: rid === ctx.installation.id,
      entries: walk.entries,
      erased: walk.erased,
      unchained: loose.count,
      problems,
    });
  }
  installations.sort(
    (a, b) => Number(b.thisComputer) - Number(a.thisComputer) || a.installation.localeCompare(b.installation),
  );
  return {
    ok: installations.every((i) => i.problems.length === 0),
    checkedAt: ctx.now().toISOString(),
    installations,
  };
}

function overview(db: BetterSqlite3.Database) {
  const rids = (
    db
      .prepare(
        `SELECT replica_id AS rid FROM changes GROUP BY replica_id UNION SELECT replica_id FROM views GROUP BY replica_id`,
      )
      .all() as Array<{ rid: string }>
  ).map((r) => r.rid);
  const held = new Map<string, Held[]>();
  for (const p of db.prepare('SELECT op FROM pending_ops').all() as Array<{ op: string }>) {
    const entry = heldEntry(p.op);
    if (!entry) continue;
    if (!rids.includes(entry.rid)) rids.push(entry.rid);
    const list = held.get(entry.rid) ?? [];
    list.push(entry);
    held.set(entry.rid, list);
  }
  const labels = new Map(
    (
      db.prepare('SELECT rid, label FROM sync_replicas WHERE label IS NOT NULL').all() as Array<{
        rid: string;
        label: string;
      }>
    ).map((r) => [r.rid, r.label]),
  );
  return { rids: rids.sort(), labels, held };
}

function lastPosition(db: BetterSqlite3.Database, rid: string): number {
  const row = db
    .prepare(
      `SELECT max(pos) AS pos FROM (
         SELECT max(chain_pos) AS pos FROM changes WHERE replica_id = @rid AND chain_pos IS NOT NULL
         UNION ALL SELECT max(chain_pos) FROM views WHERE replica_id = @rid AND chain_pos IS NOT NULL)`,
    )
    .get({ rid }) as { pos: number | null };
  return row.pos ?? 0;
}

/** Records a recorded erasure covers (the erasure is itself a synced, chained record). */
function erasedRecords(db: BetterSqlite3.Database): Set<string> {
  return new Set(
    (
      db
        .prepare(`SELECT r.entity_id FROM erased_records r JOIN erasures e ON e.id = r.erasure_id`)
        .all() as Array<{ entity_id: string }>
    ).map((r) => r.entity_id),
  );
}

function entriesIn(
  db: BetterSqlite3.Database,
  rid: string,
  after: number,
  upTo: number,
  erased: ReadonlySet<string>,
): Held[] {
  const entries: Held[] = [];
  const range = { rid, after, upTo };
  for (const r of db
    .prepare(
      `SELECT hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash
       FROM changes WHERE replica_id = @rid AND chain_pos > @after AND chain_pos <= @upTo`,
    )
    .all(range) as Array<ChangeContent & { chain_pos: number; chain_hash: string | null }>)
    entries.push({
      pos: r.chain_pos,
      hash: r.chain_hash ?? '',
      content: changeContent(r),
      erased: isErasedEntry(erased, r),
    });
  for (const r of db
    .prepare(
      `SELECT hlc, replica_id, actor_id, action, entity, entity_id, sv, chain_pos, chain_hash
       FROM views WHERE replica_id = @rid AND chain_pos > @after AND chain_pos <= @upTo`,
    )
    .all(range) as Array<ViewContent & { chain_pos: number; chain_hash: string | null }>)
    entries.push({ pos: r.chain_pos, hash: r.chain_hash ?? '', content: viewContent(r) });
  return entries;
}

/**
 * An entry of a record a recorded erasure covers, holding exactly the values the erasure leaves: anything else on that record is still tampering.
 */
function isErasedEntry(erased: ReadonlySet<string>, r: ChangeContent): boolean {
  if (!erased.has(r.entity_id)) return false;
  const values = erasedValues(r);
  return values.old_value === r.old_value && values.new_value === r.new_value;
}

/** Entries with no chain position: fine from before the chain; not from a version that chains. */
function unchained(db: BetterSqlite3.Database, rid: string) {
  const params = { rid, chaining: auditMigration.version };
  const count = (
    db
      .prepare(
        `SELECT count(*) AS n FROM changes WHERE replica_id = @rid AND chain_pos IS NULL AND sv < @chaining`,
      )
      .get(params) as { n: number }
  ).n;
  const chainedVersion = (
    db
      .prepare(
        `SELECT hlc FROM changes WHERE replica_id = @rid AND chain_pos IS NULL AND sv >= @chaining
         UNION ALL SELECT hlc FROM views WHERE replica_id = @rid AND chain_pos IS NULL`,
      )
      .all(params) as Array<{ hlc: string }>
  ).map((r) => r.hlc);
  return { count, chainedVersion };
}
