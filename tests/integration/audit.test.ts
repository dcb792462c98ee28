// The audit trail a manager can trust, on a real store through the real dispatch: views are
// recorded where people look, and altering, removing or inserting one entry of the change log or
// the view log with an SQLite tool (the append-only triggers dropped first, as an attacker would)
// is found by `audit.verify` and named by installation and position.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { AuditReport } from '../../src/shared/contract/audit';
import type { Person } from '../../src/shared/contract';
import { actAs, openTestApp, tempDir, TEST_PASSWORD, type TestApp } from '../helpers';

let tmp: { dir: string; remove(): void };
let app: TestApp;
let call: Awaited<ReturnType<typeof openTestApp>>['call'];
let admin: Person;

beforeEach(async () => {
  tmp = tempDir();
  ({ app, call } = await openTestApp(join(tmp.dir, 'store'), { officer: false }));
  // An administrator sets the store up and adds the people (only administrators may); Mary, a
  // manager, is at the keyboard for every test.
  await call('people.setUpOfficer', {
    name: 'Ada Admin',
    initials: 'AA',
    role: 'admin',
    password: TEST_PASSWORD,
  });
  admin = app.context.me!;
  actAs(app, await call('people.add', { name: 'Mary Manager', initials: 'MM', role: 'manager' }));
});
afterEach(async () => {
  await app.close();
  tmp.remove();
});

const sqlite = () => app.context.sqlite;
const rid = () => app.context.installation.id;

/** What an attacker with an SQLite tool does first. */
function dropTriggers(): void {
  for (const t of [
    'changes_append_only_update',
    'changes_append_only_delete',
    'views_append_only_update',
    'views_append_only_delete',
  ])
    sqlite().exec(`DROP TRIGGER ${t}`);
}

async function someWork(): Promise<string> {
  const opened = await call('cases.open', { type: 'complaint', summary: 'Damp in the bedroom' });
  await call('cases.update', { id: opened.id, changes: { summary: 'Damp and mould in the bedroom' } });
  await call('cases.get', { idOrReference: opened.reference });
  await call('cases.open', { type: 'enquiry', summary: 'When is the bin day?' });
  return opened.id;
}

const ours = (report: AuditReport) => report.installations.find((i) => i.installation === rid())!;

describe('the view log', () => {
  it('records who viewed a case, once per visit, and shows it to a manager by case reference', async () => {
    const opened = await call('cases.open', { type: 'complaint', summary: 'Leaking roof' });
    await call('cases.get', { idOrReference: opened.reference });
    await call('cases.get', { idOrReference: opened.id });
    const views = await call('audit.caseViews', { caseIdOrReference: opened.reference });
    expect(views).toEqual([
      expect.objectContaining({
        person: 'Mary Manager',
        action: 'viewed',
        record: 'case',
        what: 'Viewed the case',
        installation: rid(),
      }),
    ]);
    const stored = sqlite().prepare('SELECT action, entity, entity_id FROM views').all();
    expect(stored).toEqual([{ action: 'viewed', entity: 'case', entity_id: opened.id }]);
  });

  it("a person's activity lists what they changed and viewed, newest first, a page at a time", async () => {
    actAs(app, admin); // who set the store up and added Mary: their first entries are those
    const opened = await call('cases.open', { type: 'complaint', summary: 'Broken window' });
    await call('cases.get', { idOrReference: opened.id });
    const me = app.context.me!.id;
    const first = await call('audit.activity', { personId: me, limit: 2 });
    expect(first.entries.map((e) => e.what)).toEqual([
      `Viewed the case ${opened.reference}`,
      expect.stringMatching(/^Changed|^Created/),
    ]);
    expect(first.next).not.toBeNull();
    const all = await call('audit.activity', { personId: me, limit: 200 });
    const second = await call('audit.activity', { personId: me, before: first.next!, limit: 200 });
    expect([...first.entries, ...second.entries]).toEqual(all.entries);
    expect(all.entries.at(-1)!.what).toBe('Created a person');
  });

  it('a read still answers when its view cannot be recorded, and nothing personal is logged', async () => {
    const opened = await call('cases.open', { type: 'complaint', summary: 'Noisy neighbour at 4 Elm Road' });
    sqlite().exec(
      `CREATE TRIGGER no_views BEFORE INSERT ON views BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const detail = await call('cases.get', { idOrReference: opened.reference });
      expect(detail.case.id).toBe(opened.id);
    } finally {
      console.error = original;
    }
    expect(logged).toEqual([expect.stringContaining('could not record that a case was viewed')]);
    expect(logged.join()).not.toMatch(/Elm Road|Mary|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('officers cannot read the audit trail', async () => {
    actAs(app, admin);
    actAs(app, await call('people.add', { name: 'Olu Officer', initials: 'OO', role: 'officer' }));
    const r = await app.dispatch('audit.verify', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
  });
});

describe('the chain', () => {
  it('an untouched store verifies, changes and views in one chain per installation', async () => {
    await someWork();
    const report = await call('audit.verify', {});
    expect(report.ok).toBe(true);
    const chain = ours(report);
    const counted = sqlite()
      .prepare('SELECT (SELECT count(*) FROM changes) + (SELECT count(*) FROM views) AS n')
      .get() as { n: number };
    expect(chain).toMatchObject({ entries: counted.n, unchained: 0, problems: [], thisComputer: true });
  });

  it('the logs refuse edits and deletions by accident (triggers)', async () => {
    await someWork();
    expect(() => sqlite().exec(`UPDATE changes SET new_value = '"x"' WHERE chain_pos = 2`)).toThrow(
      /append-only/,
    );
    expect(() => sqlite().exec(`DELETE FROM changes WHERE chain_pos = 2`)).toThrow(/append-only/);
    expect(() => sqlite().exec(`DELETE FROM views`)).toThrow(/append-only/);
  });

  it('an altered change is named by installation and position', async () => {
    await someWork();
    dropTriggers();
    sqlite().exec(`UPDATE changes SET new_value = '"Nothing wrong"' WHERE chain_pos = 3`);
    const report = await call('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(ours(report).problems).toEqual([expect.objectContaining({ position: 3, kind: 'altered' })]);
  });

  it('an altered view entry is named (someone hides that they looked)', async () => {
    await someWork();
    const pos = (sqlite().prepare('SELECT chain_pos AS p FROM views').get() as { p: number }).p;
    dropTriggers();
    sqlite().exec(`UPDATE views SET actor_id = 'someone-else'`);
    const problems = ours(await call('audit.verify', {})).problems;
    expect(problems).toEqual([expect.objectContaining({ position: pos, kind: 'altered' })]);
  });

  it('a removed entry is named by its position', async () => {
    await someWork();
    dropTriggers();
    sqlite().exec(`DELETE FROM changes WHERE chain_pos = 3`);
    const problems = ours(await call('audit.verify', {})).problems;
    expect(problems).toEqual([
      expect.objectContaining({ position: 3, kind: 'removed', detail: 'Entry 3 is missing.' }),
    ]);
  });

  it('an inserted entry is named, whether it takes a position or claims none', async () => {
    await someWork();
    dropTriggers();
    const copy = sqlite().prepare('SELECT * FROM changes WHERE chain_pos = 2').get() as Record<
      string,
      unknown
    >;
    sqlite()
      .prepare(
        `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash)
         VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv, @chain_pos, @chain_hash)`,
      )
      .run({
        ...copy,
        hlc: `${String(copy.hlc).slice(0, 24)}-0009-${String(copy.hlc).slice(-16)}`,
        new_value: '"forged"',
      });
    sqlite()
      .prepare(
        `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv)
         VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv)`,
      )
      .run({
        ...copy,
        hlc: `${String(copy.hlc).slice(0, 24)}-000A-${String(copy.hlc).slice(-16)}`,
        new_value: '"forged"',
      });
    const problems = ours(await call('audit.verify', {})).problems;
    expect(problems).toEqual([
      expect.objectContaining({ position: 2, kind: 'inserted' }),
      expect.objectContaining({ position: null, kind: 'inserted' }),
    ]);
  });
});
