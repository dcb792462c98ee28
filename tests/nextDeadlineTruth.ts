// Every case's next deadline worked out from scratch (its facts, the stored policy, the calendar,
// its outstanding Ombudsman requests), beside the stored one: the yardstick for the lists' tests.
import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import type { RedressApp } from '../src/main/app';
import { calendarFor } from '../src/main/calendars';
import { readableFacts } from '../src/main/services/complaints/facts';
import { caseDeadline } from '../src/shared/complaints/caseDeadline';
import { CODE_POLICY, type PolicyProfile } from '../src/shared/complaints/policy';

export interface Truth {
  id: string;
  n: number;
  type: string;
  status: string;
  ownerId: string | null;
  serviceArea: string | null;
  hs: boolean;
  open: boolean;
  stored: string | null;
  due: string | null;
  rag: string | null;
}

/** Every case's deadline worked out from scratch (not from the stored column), and the stored one. */
export function truth(app: RedressApp, today: string): Truth[] {
  const db: BetterSqlite3.Database = app.context.sqlite;
  const rows = db.prepare("SELECT id, value FROM settings WHERE id LIKE 'policy.%'").all() as Array<{
    id: string;
    value: string;
  }>;
  const policy = { ...CODE_POLICY, closureDays: [] } as Record<string, unknown>;
  for (const r of rows) policy[r.id.slice(7)] = JSON.parse(r.value);
  const cal = calendarFor(policy as unknown as PolicyProfile);
  const cases = db
    .prepare(
      `SELECT c.*, (SELECT min(o.due_on) FROM ombudsman_requests o WHERE o.case_id = c.id AND o.done_on IS NULL AND o.deleted_at IS NULL) AS ombudsman_due
       FROM cases c WHERE c.deleted_at IS NULL`,
    )
    .all() as Array<Record<string, unknown> & { id: string; ombudsman_due: string | null }>;
  return cases.map((c) => {
    const d = caseDeadline(
      readableFacts(c as never).facts,
      policy as unknown as PolicyProfile,
      cal,
      today,
      c.ombudsman_due,
    );
    return {
      id: c.id,
      n: c.n as number,
      type: c.type as string,
      status: c.status as string,
      ownerId: (c.owner_id as string | null) ?? null,
      serviceArea: (c.service_area as string | null) ?? null,
      hs: c.hs_risk === 1,
      open: c.status !== 'closed',
      stored: (c.next_due_on as string | null) ?? null,
      due: d?.due ?? null,
      rag: d?.rag ?? null,
    };
  });
}

export function expectStoredEqualsComputed(app: RedressApp) {
  const wrong = truth(app, '2026-01-01').filter((t) => t.stored !== t.due);
  expect(wrong.map((t) => ({ id: t.id, stored: t.stored, due: t.due }))).toEqual([]);
}
