// Performance reporting (issue 14): every measure for a reporting year through the real dispatch
// (contract validation, report_stages kept at write time, the stage and record rules' SQL) beside
// the same figures by hand-written SQL on raw better-sqlite3 over the same rows, in the same run;
// the cases behind one figure; and what keeping report_stages costs each case write.
// Budget: < 1 s for a year's measures (aim: 50 ms).
import type { RedressApp } from '../src/main/app';
import { todayIso } from '../src/shared/complaints/calendar';
import { reportingYear, reportingYearOf } from '../src/shared/reporting/period';
import { settleReportStages } from '../src/main/services/reporting/stageFacts';
import { paired, timeOnce } from './measure';
import type { Recorder, Call } from './measure';

export async function benchReporting(app: RedressApp, scale: number, call: Call, record: Recorder) {
  const db = app.store.sqlite;
  // Report pending cases first (the seed writes in bulk), timed once: a store's first report.
  const first = await timeOnce(() => settleReportStages(db));
  record(
    scale,
    `report_stages worked out for ${first.value.toLocaleString('en-GB')} noted cases (once)`,
    first.ms,
    null,
    null,
  );
  const year = reportingYear(reportingYearOf(todayIso(app.context.now())) - 1);
  const input = { ...year, filters: {} };

  // The raw side: the same counts by hand, one statement per stage and event, plus the records'.
  const received = db.prepare(
    `SELECT count(*), sum(acknowledged), sum(acknowledged_on_time) FROM report_stages
     WHERE stage = ? AND received_on BETWEEN ? AND ?`,
  );
  const responded = db.prepare(
    `SELECT count(*), sum(responded_on_time), sum(responded_on_time_with_extensions), sum(extended), sum(escalated)
     FROM report_stages WHERE stage = ? AND responded_on BETWEEN ? AND ?`,
  );
  const days = db.prepare(
    `SELECT working_days, count(*) FROM report_stages WHERE stage = ? AND responded_on BETWEEN ? AND ? GROUP BY 1`,
  );
  const refused = db.prepare(
    `SELECT refused_reason, count(*) FROM report_stages WHERE stage = ? AND refused_on BETWEEN ? AND ? GROUP BY 1`,
  );
  const open = db.prepare(
    `SELECT count(*), sum(CASE WHEN acknowledged_on IS NULL OR acknowledged_on > @day THEN acknowledge_by < @day
       ELSE due_with_extensions < @day END) FROM report_stages WHERE stage = @stage AND open_until > @day AND received_on <= @day`,
  );
  const records = [
    `SELECT count(*), sum(amount_pence) FROM remedies WHERE kind = 'financial' AND deleted_at IS NULL AND offered_on BETWEEN @from AND @to`,
    `SELECT count(*), sum(amount_pence) FROM remedies WHERE kind = 'financial' AND deleted_at IS NULL AND paid_on BETWEEN @from AND @to`,
    `SELECT count(*), sum(completed_on <= due_on) FROM promised_actions WHERE deleted_at IS NULL AND status <> 'cancelled' AND due_on BETWEEN @from AND @to`,
    `SELECT count(satisfaction_handling), sum(satisfaction_handling >= 4), count(satisfaction_outcome), sum(satisfaction_outcome >= 4)
       FROM cases WHERE satisfaction_asked_on BETWEEN @from AND @to`,
    `SELECT count(*) FROM cases WHERE ombudsman_determined_on BETWEEN @from AND @to`,
    `SELECT count(*), sum(done_on <= due_on) FROM ombudsman_requests WHERE kind = 'order' AND deleted_at IS NULL AND due_on BETWEEN @from AND @to`,
  ].map((sql) => db.prepare(sql));
  const raw = () => {
    for (const stage of [1, 2]) {
      received.raw().get(stage, year.from, year.to);
      responded.raw().get(stage, year.from, year.to);
      days.raw().all(stage, year.from, year.to);
      refused.raw().all(stage, year.from, year.to);
      open.raw().get({ day: year.to, stage });
    }
    for (const r of records) r.raw().get({ from: year.from, to: year.to });
  };
  const m = (await call('reporting.measures', input)) as { stage1: { received: number; responded: number } };
  const r = await paired(30, () => call('reporting.measures', input), raw, 5);
  record(
    scale,
    `every measure for ${year.from.slice(0, 4)}/${year.to.slice(2, 4)} (${m.stage1.received.toLocaleString('en-GB')} stage 1 received)`,
    r.a.median,
    r.b.median,
    1000,
  );
  const filtered = { ...input, filters: { serviceArea: 'repairs' } };
  const rf = await paired(30, () => call('reporting.measures', filtered), raw, 5);
  record(scale, 'every measure for the year, repairs only', rf.a.median, rf.b.median, 1000);

  // The cases behind the largest stage 1 figure, against the same rows read raw.
  const rawList = db.prepare(
    `SELECT s.*, c.reference FROM report_stages s JOIN cases c ON c.id = s.case_id
     WHERE s.stage = 1 AND s.responded_on BETWEEN ? AND ? AND s.responded_on_time = 1`,
  );
  const list = await paired(
    10,
    () => call('reporting.cases', { ...input, measure: 'stage1.respondedOnTime' }),
    () => rawList.all(year.from, year.to),
    2,
  );
  record(
    scale,
    `cases behind stage1.respondedOnTime (${m.stage1.responded.toLocaleString('en-GB')} responded)`,
    list.a.median,
    list.b.median,
    null,
  );

  // What one case write pays to keep its figures: the case noted (the trigger's work) and settled,
  // against the same write transaction noting and clearing it without working it out.
  const ids = db
    .prepare(`SELECT case_id FROM report_stages WHERE stage = 1 ORDER BY case_id LIMIT 200`)
    .pluck()
    .all() as string[];
  const note = db.prepare('INSERT OR IGNORE INTO report_pending (case_id) VALUES (?)');
  const clear = db.prepare('DELETE FROM report_pending WHERE case_id = ?');
  const write = await paired(
    200,
    (i) => db.transaction(() => (note.run(ids[i % ids.length]), settleReportStages(db)))(),
    (i) => db.transaction(() => (note.run(ids[i % ids.length]), clear.run(ids[i % ids.length])))(),
  );
  record(
    scale,
    'a case write keeping report_stages (vs the same write without)',
    write.a.median,
    write.b.median,
    null,
  );
}
