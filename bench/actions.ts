// The action tracker at scale: promised actions topped up to one for every five cases (200k at 1M
// cases; half of them open, due over two years around today), then the tracker's first page — unfiltered, overdue
// only, one owner, one service area — through the real dispatch beside the same query in raw
// SQLite, and My work with overdue actions of this officer's on closed cases.
import type BetterSqlite3 from 'better-sqlite3';
import type { RedressApp } from '../src/main/app';
import { uuidv7 } from '../src/shared/domain/ids';
import { paired } from './measure';
import type { Recorder } from './measure';

const OWNERS = ['Repairs team', 'Estates team', 'Lettings team', 'Income team', 'Gas contractor'];
/** The officer owns a realistic handful: every this-many-th action (about 40 open and overdue). */
const MINE_EVERY = 2_500;

/** Adds promised actions (raw, as the demo seeder does) until there is one for every five cases. */
function topUp(db: BetterSqlite3.Database, scale: number, me: string): void {
  const want = Math.floor(scale / 5);
  const have = (db.prepare('SELECT count(*) AS n FROM promised_actions').get() as { n: number }).n;
  if (have >= want) return;
  const cases = db.prepare('SELECT id FROM cases ORDER BY n LIMIT ?').all(want - have) as Array<{
    id: string;
  }>;
  const insert = db.prepare(
    `INSERT INTO promised_actions (id, case_id, what, owner, owner_person_id, owner_contact, due_on, status, completed_on, evidence, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '0161 555 0100', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  db.transaction(() => {
    cases.forEach((c, i) => {
      const mine = i % MINE_EVERY === 1;
      const owner = mine ? 'Bench Officer' : OWNERS[i % OWNERS.length]!;
      // Due dates over two years around today; half done.
      const due = new Date(Date.now() + ((i % 730) - 365) * 86_400_000).toISOString().slice(0, 10);
      const done = i % 2 === 0;
      insert.run(
        uuidv7(),
        c.id,
        'Repair the reported defect and confirm with the resident',
        owner,
        mine ? me : null,
        due,
        done ? 'done' : 'open',
        done ? due : null,
        done ? 'Job signed off' : null,
        me,
        at,
        at,
      );
    });
  })();
  db.pragma('optimize');
}

export async function benchActions(app: RedressApp, scale: number, record: Recorder): Promise<void> {
  const db = app.store.sqlite;
  const me = app.context.me!.id;
  topUp(db, scale, me);
  const today = new Date().toISOString().slice(0, 10);
  const call = async (input: unknown) => {
    const r = await app.dispatch('actions.list', input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  // The same SQL the service runs (the page through the open-action index, a count that stops at 1,000).
  const select = `SELECT a.*, c.reference, c.status AS case_status, c.service_area, r.name AS resident_name
    FROM promised_actions a JOIN cases c ON c.id = a.case_id LEFT JOIN residents r ON r.id = c.resident_id
    WHERE a.deleted_at IS NULL AND a.status = 'open'`;
  const count = (from: string, where: string) =>
    `SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE a.status = 'open' AND a.deleted_at IS NULL${where} LIMIT 1001)`;
  const OPEN = 'promised_actions a INDEXED BY promised_actions_open';
  const variants: Array<{ what: string; input: object; where: string; from: string; args: unknown[] }> = [
    { what: 'all open', input: {}, where: '', from: OPEN, args: [] },
    { what: 'overdue only', input: { overdue: true }, where: ' AND a.due_on < ?', from: OPEN, args: [today] },
    {
      what: 'one owner',
      input: { owner: 'Repairs team' },
      where: ' AND a.owner = ?',
      from: 'promised_actions a INDEXED BY promised_actions_open_owner',
      args: ['Repairs team'],
    },
    {
      what: 'one service area',
      input: { serviceArea: 'repairs' },
      where: ' AND c.service_area = ?',
      from: `${OPEN} JOIN cases c ON c.id = a.case_id`,
      args: ['repairs'],
    },
  ];
  for (const v of variants) {
    const page = db.prepare(`${select}${v.where} ORDER BY a.due_on, a.rowid LIMIT 50`);
    const total = db.prepare(count(v.from, v.where));
    const r = await paired(
      150,
      () => call({ limit: 50, ...v.input }),
      () => [page.all(...v.args), total.get(...v.args)],
    );
    record(
      scale,
      `action tracker, first page, ${v.what}`,
      r.a.median,
      r.b.median,
      v.input && 'serviceArea' in v.input ? null : 5,
    );
  }
  const work = await paired(
    100,
    async () => {
      const r = await app.dispatch('work.list', { mine: true });
      if (!r.ok) throw new Error(r.error.message);
    },
    () =>
      db
        .prepare(
          `SELECT case_id FROM promised_actions WHERE owner_person_id = ? AND status = 'open' AND due_on < ?`,
        )
        .all(me, today),
  );
  const listed = await app.dispatch('work.list', { mine: true });
  const list = listed.ok ? (listed.value as { items: Array<{ status: string }>; total: number }) : null;
  const items = list?.items ?? [];
  const back = items.filter((i) => i.status === 'closed').length;
  record(
    scale,
    `My work: ${list?.total ?? 0} cases, ${back} closed ones back for overdue actions`,
    work.a.median,
    work.b.median,
    5,
  );
}
