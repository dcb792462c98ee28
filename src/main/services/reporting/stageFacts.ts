// Keeping report_stages equal to what the pure rules (shared/reporting/stageReport.ts) work out for
// each complaint. The store's triggers note every case whose figures may have moved, whatever
// wrote it (migration 12); this works the noted cases out again. It runs inside every write's and
// merge's transaction (the composition root's record checks), when a store opens, and before a
// report is read (which catches bulk paths: the demo seed, a restore) — as nextDeadlines.ts does.
import type BetterSqlite3 from 'better-sqlite3';
import type { Stage } from '../../../shared/complaints/deadlines';
import { stageReports, type ReportExtension } from '../../../shared/reporting/stageReport';
import { CALENDAR_FINGERPRINT, calendarFor } from '../../calendars';
import type { ServiceContext } from '../../store/context';
import { dateProblem, readableFacts } from '../complaints/facts';
import type { DueRow } from '../complaints/nextDeadlines';
import { policyFromSettings } from '../complaints/policy';

const CHUNK = 2_000;
const EVERY = '*';
const STILL_OPEN = '9999-12-31';

type CaseRow = DueRow & { extensions_json: string | null };

const ROW_SQL = `SELECT c.*, (SELECT json_group_array(json_array(e.stage, e.new_due, e.resident_told_on))
    FROM extensions e WHERE e.case_id = c.id AND e.deleted_at IS NULL) AS extensions_json
  FROM cases c`;

const INSERT = `INSERT INTO report_stages (case_id, stage, received_on, acknowledge_by, acknowledged_on,
  acknowledged, acknowledged_on_time, due_on, extended_to, due_with_extensions, extended, responded_on,
  responded_on_time, responded_on_time_with_extensions, working_days, stopped_on, refused_on,
  refused_reason, escalated, service_area, root_cause, officer_id, open_until)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Works out the noted cases again; returns how many it looked at. */
export function settleReportStages(db: BetterSqlite3.Database): number {
  // Usually nothing is noted (this runs inside every write): one probe, nothing prepared.
  if (!db.prepare('SELECT 1 FROM report_pending LIMIT 1').get()) return 0;
  return db.transaction(() => {
    const policy = policyFromSettings(
      db.prepare("SELECT id, value FROM settings WHERE id LIKE 'policy.%'").all() as Array<{
        id: string;
        value: string;
      }>,
    );
    const calendar = calendarFor(policy);
    const forget = db.prepare('DELETE FROM report_stages WHERE case_id = ?');
    const insert = db.prepare(INSERT);
    const settle = (ids: readonly string[], rows: CaseRow[]) => {
      for (const id of ids) forget.run(id);
      for (const row of rows) {
        const { facts } = readableFacts(row);
        const reports = stageReports(
          { facts, extensions: extensionsOf(row.extensions_json), deleted: row.deleted_at != null },
          policy,
          calendar,
        );
        for (const r of reports)
          insert.run(
            row.id,
            r.stage,
            r.receivedOn,
            r.acknowledgeBy,
            r.acknowledgedOn,
            bit(r.acknowledged),
            bit(r.acknowledgedOnTime),
            r.dueOn,
            r.extendedTo,
            r.dueWithExtensions,
            bit(r.extended),
            r.respondedOn,
            bit(r.respondedOnTime),
            bit(r.respondedOnTimeWithExtensions),
            r.workingDays,
            r.stoppedOn,
            r.refusedOn,
            r.refusedReason,
            bit(r.escalated),
            row.service_area ?? null,
            row.root_cause ?? null,
            (r.stage === 1 ? row.stage1_handler_id : row.stage2_handler_id) ?? null,
            openUntil(r.respondedOn, r.stoppedOn),
          );
      }
    };
    if (db.prepare('SELECT 1 FROM report_pending WHERE case_id = ?').get(EVERY)) {
      db.prepare('DELETE FROM report_stages').run();
      const rows = db.prepare(`${ROW_SQL} WHERE c.type = 'complaint'`).all() as CaseRow[];
      settle([], rows);
      db.prepare('DELETE FROM report_pending').run();
      return rows.length;
    }
    const next = db.prepare('SELECT case_id FROM report_pending LIMIT ?').pluck();
    const done = db.prepare('DELETE FROM report_pending WHERE case_id IN (SELECT value FROM json_each(?))');
    const read = db.prepare(`${ROW_SQL} WHERE c.id IN (SELECT value FROM json_each(?))`);
    let seen = 0;
    for (;;) {
      const ids = next.all(CHUNK) as string[];
      if (ids.length === 0) return seen;
      const json = JSON.stringify(ids);
      settle(ids, read.all(json) as CaseRow[]);
      done.run(json);
      seen += ids.length;
    }
  })();
}

/** When a store opens: every case again if the bundled bank holidays changed or the rows are gone, then settles. */
export function settleReportStagesOnOpen(db: BetterSqlite3.Database): number {
  const stored = db.prepare("SELECT value FROM meta WHERE key = 'report_calendar'").pluck().get();
  // Rows gone (emptied outside Redress) while complaints remain: worked out again from the records.
  const missing =
    !db.prepare('SELECT 1 FROM report_stages LIMIT 1').get() &&
    db.prepare("SELECT 1 FROM cases WHERE type = 'complaint' AND deleted_at IS NULL LIMIT 1").get();
  if (stored !== CALENDAR_FINGERPRINT || missing) {
    db.transaction(() => {
      db.prepare("INSERT OR IGNORE INTO report_pending (case_id) VALUES ('*')").run();
      db.prepare(
        `INSERT INTO meta (key, value) VALUES ('report_calendar', ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(CALENDAR_FINGERPRINT);
    })();
  }
  return settleReportStages(db);
}

/** Cases a bulk path (the demo seed, a restore) left to work out, before a report reads them. */
export async function settlePendingReportStages(ctx: ServiceContext): Promise<void> {
  // Holding the store's one connection, so this never lands inside another call's transaction.
  await ctx.db.connection().execute(async () => settleReportStages(ctx.sqlite));
}

const bit = (b: boolean) => (b ? 1 : 0);

function openUntil(respondedOn: string | null, stoppedOn: string | null): string {
  if (respondedOn && stoppedOn) return respondedOn < stoppedOn ? respondedOn : stoppedOn;
  return respondedOn ?? stoppedOn ?? STILL_OPEN;
}

function extensionsOf(json: string | null): ReportExtension[] {
  if (!json) return [];
  // A stored date the rules refuse (from an older version) is left out, as readableFacts does.
  return (JSON.parse(json) as Array<[number, string, string]>)
    .filter(([, newDue, toldOn]) => !dateProblem(newDue) && !dateProblem(toldOn))
    .map(([stage, newDue, residentToldOn]) => ({ stage: stage as Stage, newDue, residentToldOn }));
}
