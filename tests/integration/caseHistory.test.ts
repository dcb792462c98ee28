// A case's history covers every kind of record that belongs to a case, in words: built by running
// an example of every write procedure (tests/writeExamples.ts) on a real store, then reading each
// case's history through the real dispatch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { CaseHistoryEntry } from '../../src/shared/contract/history';
import type { ProcedureName } from '../../src/shared/contract';
import { RECORD_KINDS, type AnyRecordKind } from '../../src/main/store/registry';
import { HISTORY_KINDS } from '../../src/shared/history/kinds';
import { openTestApp, tempDir, type TestApp } from '../helpers';
import { writeExamples } from '../writeExamples';
import type { CaseDetail } from '../../src/shared/contract/types';
import { todayIso } from '../../src/shared/complaints/calendar';

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const SNAKE = /\b[a-z0-9]+_[a-z0-9_]+\b/;

let app: TestApp;
let tmp: { dir: string; remove(): void };
const histories = new Map<string, CaseHistoryEntry[]>();

const sql = <T>(q: string, ...args: unknown[]) => app.context.sqlite.prepare(q).all(...args) as T[];

async function historyOf(caseId: string): Promise<CaseHistoryEntry[]> {
  const r = await app.dispatch('cases.history', { caseId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as CaseHistoryEntry[];
}

beforeAll(async () => {
  tmp = tempDir();
  ({ app } = await openTestApp(join(tmp.dir, 'store')));
  // The share's steps at the end answer CONFLICT by design on one computer: only the records matter here.
  const call = async (procedure: ProcedureName, input: unknown) => {
    const r = await app.dispatch(procedure, input);
    return r.ok ? r.value : null;
  };
  for (const example of writeExamples({ app, dir: tmp.dir, call }))
    await call(example.procedure, await example.input());
  const must = async (procedure: ProcedureName, input: unknown) => {
    const r = await app.dispatch(procedure, input);
    if (!r.ok) throw new Error(`${procedure}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  // An extension: a complaint of its own, acknowledged and extended within the Code's limit.
  const opened = (await must('cases.open', { type: 'complaint', summary: 'Fence not mended' })) as {
    id: string;
  };
  const today = todayIso(new Date());
  const acked = (await must('cases.command', {
    id: opened.id,
    command: { kind: 'acknowledge', on: today, how: 'phone' },
  })) as CaseDetail;
  // The first working day a few days after the response was due (bank holidays vary by year).
  let extended = false;
  for (let days = 2; days < 12 && !extended; days++) {
    const r = await app.dispatch('cases.command', {
      id: opened.id,
      command: {
        kind: 'extend',
        newDue: addDays(acked.complaint.respondBy!, days),
        reason: 'Waiting for the fencing contractor',
        residentToldOn: today,
      },
    });
    extended = r.ok;
  }
  expect(extended).toBe(true);
  for (const { id } of sql<{ id: string }>('SELECT id FROM cases')) histories.set(id, await historyOf(id));
}, 120_000);

afterAll(async () => {
  await app.close();
  tmp.remove();
});

/** Tables with a case_id column: their records belong to a case. */
function belongsToCase(kind: AnyRecordKind): boolean {
  return sql<{ name: string }>(`SELECT name FROM pragma_table_info(?)`, kind.table).some(
    (c) => c.name === 'case_id',
  );
}

describe("a case's history", () => {
  it('includes every kind of record that belongs to a case, and the case’s resident', () => {
    const missing: string[] = [];
    for (const [name, kind] of Object.entries(RECORD_KINDS as Record<string, AnyRecordKind>)) {
      if (!belongsToCase(kind) && name !== 'case' && kind.history !== 'case_resident') continue;
      const rows =
        name === 'case'
          ? sql<{ id: string; case_id: string }>('SELECT id, id AS case_id FROM cases')
          : kind.history === 'case_resident'
            ? sql<{ id: string; case_id: string }>(
                name === 'resident'
                  ? 'SELECT resident_id AS id, id AS case_id FROM cases WHERE resident_id IS NOT NULL'
                  : 'SELECT r.property_id AS id, c.id AS case_id FROM cases c JOIN residents r ON r.id = c.resident_id WHERE r.property_id IS NOT NULL',
              )
            : sql<{ id: string; case_id: string }>(
                `SELECT id, case_id FROM ${kind.table} WHERE case_id IS NOT NULL`,
              );
      if (rows.length === 0) {
        missing.push(`${name}: the write examples made none (add one to tests/writeExamples.ts)`);
        continue;
      }
      const words = HISTORY_KINDS[name as keyof typeof HISTORY_KINDS];
      if (!words) {
        missing.push(`${name}: no words in src/shared/history/kinds.ts`);
        continue;
      }
      const shown = rows.some((r) => histories.get(r.case_id)?.some((e) => e.group === words.group));
      if (!shown) missing.push(`${name}: none of its records shows in its case's history`);
    }
    expect(missing).toEqual([]);
  });

  it('names people, residents and records, and writes values as the screens do', () => {
    const bad: string[] = [];
    for (const entries of histories.values())
      for (const e of entries)
        for (const text of [e.what, e.before ?? '', e.after ?? ''])
          if (UUID.test(text) || ISO_DATE.test(text) || SNAKE.test(text)) bad.push(`${e.group}: ${text}`);
    expect(bad).toEqual([]);
    const all = [...histories.values()].flat();
    expect(all.length).toBeGreaterThan(50);
    if (process.env.SHOW_HISTORY)
      for (const e of all) console.log(`${e.group} | ${e.what} | ${e.before ?? ''} → ${e.after ?? ''}`);
  });
});
