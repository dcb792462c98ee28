// Open cases at scale (issue 12): any page, any urgency filter, an officer's page — through the
// real dispatch (tile counts, total, the page, each case's deadline worked out for display) beside
// the same statements on raw better-sqlite3 in the same run. Budget: < 20 ms per page.
import type { RedressApp } from '../src/main/app';
import { urgencyBands } from '../src/shared/complaints/urgencyBands';
import { deadlineRules } from '../src/main/services/complaints/policy';
import { paired } from './measure';
import type { Recorder, Call } from './measure';

const PAGE = 50;

export async function benchWorkLists(app: RedressApp, scale: number, call: Call, record: Recorder) {
  const db = app.store.sqlite;
  const { calendar, today } = await deadlineRules(app.context);
  const b = urgencyBands(calendar, today);
  const URGENCY: Record<string, string> = {
    overdue: `c.due_order < '${b.today}'`,
    due_today: `c.due_order >= '${b.today}' AND c.due_order < '${b.soonFrom}'`,
    due_soon: `c.due_order >= '${b.soonFrom}' AND c.due_order < '${b.onTrackFrom}'`,
    health_and_safety: 'c.hs_risk = 1',
  };
  // The raw side: the same three statements a page takes (tile counts, the page's keys, its rows).
  const rawPage = (where: string, urgency: string | null) => {
    const base = `c.deleted_at IS NULL AND c.is_open = 1${where ? ` AND ${where}` : ''}`;
    const counts = db.prepare(
      `SELECT count(*), sum(c.due_order < ?), sum(c.due_order >= ? AND c.due_order < ?),
              sum(c.due_order >= ? AND c.due_order < ?), sum(c.hs_risk = 1) FROM cases c WHERE ${base}`,
    );
    const keys = db
      .prepare(
        `SELECT c.n FROM cases c WHERE ${base}${urgency ? ` AND ${URGENCY[urgency]}` : ''} ORDER BY c.due_order, c.n LIMIT ? OFFSET ?`,
      )
      .pluck();
    const rows = db.prepare(
      `SELECT c.*, r.name AS resident_name, p.name AS owner_name,
         (SELECT min(o.due_on) FROM ombudsman_requests o WHERE o.case_id = c.id AND o.done_on IS NULL AND o.deleted_at IS NULL) AS ombudsman_due
       FROM cases c LEFT JOIN residents r ON r.id = c.resident_id LEFT JOIN people p ON p.id = c.owner_id
       WHERE c.n IN (SELECT value FROM json_each(?))`,
    );
    return (offset: number) => {
      counts.raw().get(b.today, b.today, b.soonFrom, b.soonFrom, b.onTrackFrom);
      const ns = keys.all(PAGE, offset);
      return rows.all(JSON.stringify(ns));
    };
  };
  const measure = async (label: string, input: Record<string, unknown>, raw: () => unknown) => {
    const r = await paired(100, () => call('work.list', { limit: PAGE, ...input }), raw);
    const page = (await call('work.list', { limit: PAGE, ...input })) as { total: number };
    record(
      scale,
      `Open cases, ${label} (${page.total.toLocaleString('en-GB')} match)`,
      r.a.median,
      r.b.median,
      20,
    );
  };

  const all = (await call('work.list', { limit: 1 })) as { total: number };
  const everyone = rawPage('', null);
  await measure('first page', {}, () => everyone(0));
  const deep = Math.floor(all.total / 2 / PAGE) * PAGE;
  await measure(`deep page (from ${deep.toLocaleString('en-GB')})`, { offset: deep }, () => everyone(deep));
  const last = Math.max(0, Math.floor((all.total - 1) / PAGE) * PAGE);
  await measure('last page', { offset: last }, () => everyone(last));
  for (const urgency of Object.keys(URGENCY)) {
    const q = rawPage('', urgency);
    await measure(`${urgency.replaceAll('_', ' ')}, first page`, { urgency }, () => q(0));
  }
  const owner = db
    .prepare(
      'SELECT owner_id FROM cases WHERE is_open = 1 AND owner_id IS NOT NULL GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as string | undefined;
  if (owner) {
    const q = rawPage(`c.owner_id = '${owner}'`, null);
    await measure("one officer's cases, first page", { ownerId: owner }, () => q(0));
  }
  const complaints = rawPage("c.type = 'complaint'", 'overdue');
  await measure('complaints, overdue, first page', { type: 'complaint', urgency: 'overdue' }, () =>
    complaints(0),
  );
}
