// The demo data fills every record kind of issue 10 with realistic shapes (some actions overdue,
// some remedies awaiting the compensation panel, learning and satisfaction on closed complaints),
// every value passes the store's value rules, and attachments' bytes are in the blob store.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldValueProblem } from '../../src/main/store/fieldValues';
import { RECORD_KINDS } from '../../src/main/store/registry';
import { openTestApp, tempDir } from '../helpers';

/** The record kinds issue 10 added (the demo's older kinds are checked by backup.test.ts). */
const ISSUE_10_TABLES: string[] = [
  'people',
  'complaint_points',
  'case_notes',
  'attachments',
  'investigation_tasks',
  'remedies',
  'promised_actions',
  'action_updates',
  'amendments',
  'improvements',
  'improvement_cases',
];

type Store = Awaited<ReturnType<typeof openTestApp>>;
let tmp: ReturnType<typeof tempDir>;
let store: Store;
const rows = <T = Record<string, unknown>>(sql: string) => store.app.context.sqlite.prepare(sql).all() as T[];
const n = (sql: string) => (store.app.context.sqlite.prepare(sql).get() as { n: number }).n;

beforeAll(async () => {
  tmp = tempDir();
  store = await openTestApp(tmp.dir);
  await store.call('demo.seed', { cases: 300, seed: 10 });
});
afterAll(async () => {
  await store.app.close();
  tmp.remove();
});

describe('the demo data for investigations, remedies, promised actions and learning', () => {
  it('has rows of every record kind issue 10 added, and every stored value passes the value rules', () => {
    const problems: string[] = [];
    for (const kind of Object.values(RECORD_KINDS)) {
      const all = rows(`SELECT * FROM ${kind.table}`);
      if (ISSUE_10_TABLES.includes(kind.table)) expect(all.length, kind.table).toBeGreaterThan(0);
      for (const row of all)
        for (const field of kind.fields) {
          const problem = fieldValueProblem(kind.table, field, row[field]);
          if (problem) problems.push(`${kind.table}.${field} = ${JSON.stringify(row[field])}: ${problem}`);
        }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('gives colleagues emails, phones and teams, and at least one manager', () => {
    // All but the officer the test set up, who gave only a name.
    expect(n(`SELECT count(*) AS n FROM people WHERE email IS NULL OR phone IS NULL OR team IS NULL`)).toBe(
      1,
    );
    expect(
      n(`SELECT count(*) AS n FROM people WHERE email LIKE '%@landlord.example.org' AND active = 1`),
    ).toBeGreaterThan(4);
    expect(n(`SELECT count(*) AS n FROM people WHERE role = 'manager'`)).toBeGreaterThan(0);
  });

  it('decided points carry findings and a basis; a few notes correct earlier ones', () => {
    expect(n(`SELECT count(*) AS n FROM complaint_points WHERE decision IS NOT NULL`)).toBeGreaterThan(0);
    expect(
      n(
        `SELECT count(*) AS n FROM complaint_points WHERE decision IS NOT NULL AND (findings IS NULL OR basis IS NULL)`,
      ),
    ).toBe(0);
    expect(
      n(
        `SELECT count(*) AS n FROM case_notes c JOIN case_notes o ON o.id = c.corrects_id WHERE o.case_id = c.case_id`,
      ),
    ).toBeGreaterThan(0);
  });

  it('has tasks done with answers and tasks overdue', () => {
    const today = store.app.context.now().toISOString().slice(0, 10);
    expect(
      n(`SELECT count(*) AS n FROM investigation_tasks WHERE status = 'done' AND answer IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      n(`SELECT count(*) AS n FROM investigation_tasks WHERE status = 'open' AND due_on < '${today}'`),
    ).toBeGreaterThan(0);
  });

  it('has remedies of several kinds; compensation over £250 is awaiting the panel or was signed off before it was offered', () => {
    const kinds = rows<{ kind: string }>(`SELECT DISTINCT kind FROM remedies`).map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['apology', 'works', 'financial']));
    expect(
      n(
        `SELECT count(*) AS n FROM remedies WHERE kind = 'financial' AND amount_pence > 25000 AND status = 'proposed' AND approved_by IS NULL`,
      ),
    ).toBeGreaterThan(0);
    expect(
      n(
        `SELECT count(*) AS n FROM remedies WHERE amount_pence > 25000 AND status <> 'proposed' AND (approved_by IS NULL OR approved_at IS NULL)`,
      ),
    ).toBe(0);
    expect(
      n(`SELECT count(*) AS n FROM remedies WHERE status = 'paid' AND paid_on IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      n(
        `SELECT count(*) AS n FROM remedies WHERE kind = 'financial' AND (amount_pence IS NULL OR heads IS NULL)`,
      ),
    ).toBe(0);
  });

  it('has promised actions overdue, completed with evidence (with resident updates), and open on closed cases', () => {
    const today = store.app.context.now().toISOString().slice(0, 10);
    expect(
      n(`SELECT count(*) AS n FROM promised_actions WHERE status = 'open' AND due_on < '${today}'`),
    ).toBeGreaterThan(0);
    expect(
      n(
        `SELECT count(*) AS n FROM promised_actions WHERE status = 'done' AND (evidence IS NULL OR completed_on IS NULL)`,
      ),
    ).toBe(0);
    expect(n(`SELECT count(*) AS n FROM promised_actions WHERE status = 'done'`)).toBeGreaterThan(0);
    expect(
      n(
        `SELECT count(*) AS n FROM promised_actions a JOIN cases c ON c.id = a.case_id WHERE c.status = 'closed'`,
      ),
    ).toBeGreaterThan(0);
    // Whoever manages a closed case's open actions is named on the case.
    expect(
      n(`SELECT count(*) AS n FROM cases c WHERE c.status = 'closed' AND c.actions_manager IS NULL
         AND EXISTS (SELECT 1 FROM promised_actions a WHERE a.case_id = c.id AND a.status = 'open')`),
    ).toBe(0);
    expect(
      n(`SELECT count(*) AS n FROM action_updates u JOIN promised_actions a ON a.id = u.action_id`),
    ).toBeGreaterThan(0);
  });

  it('puts learning and satisfaction only on closed complaints, satisfaction asked after closure', () => {
    expect(
      n(`SELECT count(*) AS n FROM cases WHERE root_cause IS NOT NULL AND status = 'closed'`),
    ).toBeGreaterThan(0);
    expect(
      n(
        `SELECT count(*) AS n FROM cases WHERE (root_cause IS NOT NULL OR satisfaction_handling IS NOT NULL) AND (status <> 'closed' OR type <> 'complaint')`,
      ),
    ).toBe(0);
    expect(
      n(
        `SELECT count(*) AS n FROM cases WHERE satisfaction_asked_on IS NOT NULL AND satisfaction_asked_on < closed_on`,
      ),
    ).toBe(0);
    expect(n(`SELECT count(*) AS n FROM cases WHERE satisfaction_handling IS NOT NULL`)).toBeGreaterThan(0);
  });

  it('links improvements to cases, shown by improvements.list', async () => {
    const list = await store.call('improvements.list', {});
    expect(list.length).toBeGreaterThan(3);
    expect(list.some((i) => i.caseCount > 0 && i.cases[0]!.reference.startsWith('RD-'))).toBe(true);
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(['proposed', 'in_progress', 'done']));
  });

  it('stores every attachment’s bytes under its SHA-256 in the blob store', () => {
    const attachments = rows<{ sha256: string; size_bytes: number }>(
      `SELECT sha256, size_bytes FROM attachments`,
    );
    for (const a of attachments) {
      const bytes = readFileSync(join(tmp.dir, 'blobs', a.sha256.slice(0, 2), a.sha256));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
      expect(bytes.length).toBe(a.size_bytes);
    }
  });
});
