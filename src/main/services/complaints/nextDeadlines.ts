// Keeping each case's next deadline (cases.next_due_on) equal to what caseDeadline works out.
// The store's triggers note every case whose deadline may have moved, whatever wrote it
// (migration 7); this works the noted cases out again. It runs inside every write's and every
// merge's transaction (the composition root's record checks), when a store opens, and before a
// list is read (which catches bulk paths: the demo seed, a restore).
import type BetterSqlite3 from 'better-sqlite3';
import { caseDeadline } from '../../../shared/complaints/caseDeadline';
import type { Selectable } from 'kysely';
import type { CasesTable } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { CALENDAR_FINGERPRINT, calendarFor } from '../../calendars';
import { dateProblem, readableFacts } from './facts';
import { policyFromSettings } from './policy';

const CHUNK = 2_000;
const EVERY = '*';

/** The next deadline of one case row (with its earliest outstanding Ombudsman request). */
export type DueRow = Partial<Selectable<CasesTable>> & { id: string; ombudsman_due: string | null };

/** Works out the noted cases again; returns how many it looked at. */
export function settleDeadlines(db: BetterSqlite3.Database): number {
  // Usually nothing is noted (this runs inside every write): one probe, nothing prepared.
  if (!db.prepare('SELECT 1 FROM deadline_pending LIMIT 1').get()) return 0;
  return db.transaction(() => {
    const policy = policyFromSettings(
      db.prepare("SELECT id, value FROM settings WHERE id LIKE 'policy.%'").all() as Array<{
        id: string;
        value: string;
      }>,
    );
    const calendar = calendarFor(policy);
    const store = db.prepare('UPDATE cases SET next_due_on = ? WHERE id = ? AND next_due_on IS NOT ?');
    const rowSql = `SELECT c.*, (SELECT min(o.due_on) FROM ombudsman_requests o
        WHERE o.case_id = c.id AND o.done_on IS NULL AND o.deleted_at IS NULL) AS ombudsman_due
      FROM cases c`;
    const settle = (rows: DueRow[]) => {
      for (const row of rows) {
        const { facts } = readableFacts(row);
        const ombudsman = row.ombudsman_due && !dateProblem(row.ombudsman_due) ? row.ombudsman_due : null;
        // `today` only grades the deadline (RAG); the date itself does not depend on it.
        const due = caseDeadline(facts, policy, calendar, '2000-01-01', ombudsman)?.due ?? null;
        store.run(due, row.id, due);
      }
    };
    let seen = 0;
    if (db.prepare('SELECT 1 FROM deadline_pending WHERE case_id = ?').get(EVERY)) {
      // Every case that has, or can have, a deadline: open ones, those holding one now, and
      // those with an Ombudsman request outstanding.
      const all = db
        .prepare(
          `${rowSql} WHERE c.is_open = 1 OR c.next_due_on IS NOT NULL OR c.id IN (
             SELECT case_id FROM ombudsman_requests WHERE done_on IS NULL AND deleted_at IS NULL)`,
        )
        .all() as DueRow[];
      settle(all);
      seen += all.length;
      db.prepare('DELETE FROM deadline_pending').run();
      return seen;
    }
    const next = db.prepare('SELECT case_id FROM deadline_pending LIMIT ?').pluck();
    const done = db.prepare('DELETE FROM deadline_pending WHERE case_id IN (SELECT value FROM json_each(?))');
    const read = db.prepare(`${rowSql} WHERE c.id IN (SELECT value FROM json_each(?))`);
    for (;;) {
      const ids = next.all(CHUNK) as string[];
      if (ids.length === 0) return seen;
      const json = JSON.stringify(ids);
      settle(read.all(json) as DueRow[]);
      done.run(json);
      seen += ids.length;
    }
  })();
}

/** When a store opens: notes every case if the bundled bank holidays changed since, then settles. */
export function settleDeadlinesOnOpen(db: BetterSqlite3.Database): number {
  const stored = db.prepare("SELECT value FROM meta WHERE key = 'deadline_calendar'").pluck().get();
  if (stored !== CALENDAR_FINGERPRINT) {
    db.transaction(() => {
      db.prepare("INSERT OR IGNORE INTO deadline_pending (case_id) VALUES ('*')").run();
      db.prepare(
        `INSERT INTO meta (key, value) VALUES ('deadline_calendar', ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(CALENDAR_FINGERPRINT);
    })();
  }
  return settleDeadlines(db);
}

/** Cases a bulk path (the demo seed, a restore) left to work out, before a list reads them. */
export async function settlePendingDeadlines(ctx: ServiceContext): Promise<void> {
  // Holding the store's one connection, so this never lands inside another call's transaction.
  await ctx.db.connection().execute(async () => settleDeadlines(ctx.sqlite));
}
