import { storeKey, TEST_PASSWORD, TEST_UNLOCK } from '../tests/helpers';
import { openSqlite } from '../src/main/db/cipher';
// `npm run bench`: the skeleton's performance budgets at 100k and 1M cases, each beside the raw
// better-sqlite3 figure for the same work measured in the same run (paired, interleaved).
//   REDRESS_BENCH_SCALES=100000,1000000  (default)   REDRESS_BENCH_DIR=.bench  (seeded stores are kept)
//   REDRESS_BENCH_SYNC=0 skips the sync benchmarks, REDRESS_BENCH_POST=0 the post run's; the deadline rules' benchmark always runs
//   REDRESS_BENCH_OBJECT_STORE=0 skips the object-store ones (Azurite), =only runs them without the other sync ones
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openRedress, type RedressApp } from '../src/main/app';
import { createHash } from 'node:crypto';
import { migrations, SCHEMA_VERSION } from '../src/main/db/migrations';
import { seedStore } from '../src/main/services/demo';
import { CASE_SORTS, type CaseSort, type InputOf } from '../src/shared/contract';
import { CASE_COUNT_CAP } from '../src/shared/contract/inputs';
import { fmt, paired, printTable, timeOnce, type Row } from './measure';
import { benchDeadlines } from './deadlines';
import { benchSync } from './sync';
import { benchObjectStore } from './objectStore';
import { benchActions } from './actions';
import { benchCasePage } from './casePage';
import { benchLetters } from './letters';
import { benchPost } from './post';
import { benchReportDocuments } from './reportDocuments';
import { benchSearch } from './search';
import { benchWorkLists } from './worklists';
import { benchReporting } from './reporting';
import { benchDashboard, benchDashboardPaintRow } from './dashboard';

const scales = (process.env.REDRESS_BENCH_SCALES ?? '100000,1000000').split(',').filter(Boolean).map(Number);
const root = resolve(process.env.REDRESS_BENCH_DIR ?? '.bench');
const rows: Row[] = [];

function record(
  scale: number | string,
  what: string,
  redress: number,
  raw: number | null,
  budget: number | null,
) {
  rows.push({
    scale: typeof scale === 'number' ? scale.toLocaleString('en-GB') : scale,
    what,
    redress: fmt(redress),
    raw: raw === null ? '' : fmt(raw),
    ratio: raw === null ? '' : (redress / raw).toFixed(2),
    budget: budget === null ? '' : `< ${fmt(budget)}`,
    ok: budget === null ? '' : redress < budget ? 'ok' : 'OVER',
  });
}

async function call<K extends Parameters<RedressApp['dispatch']>[0]>(
  app: RedressApp,
  procedure: K,
  input: unknown,
) {
  const r = await app.dispatch(procedure, input);
  if (!r.ok) throw new Error(`${procedure}: ${r.error.message}`);
  return r.value as never;
}

async function seeded(scale: number): Promise<string> {
  // Keyed by the schema's text, so a changed migration never benchmarks a stale store.
  const schema = createHash('sha256')
    .update(migrations.map((m) => m.sql).join('\n'))
    .digest('hex')
    .slice(0, 10);
  const dir = join(root, `cases-${scale}-${schema}`);
  if (existsSync(join(dir, 'ready'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  await call(app, 'people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Bench Officer',
    initials: 'BO',
    role: 'admin',
  });
  const { ms, value } = await timeOnce(() =>
    seedStore(app.context, {
      cases: scale,
      seed: 42,
      onProgress: (done, total) =>
        process.stderr.write(
          `\rSeeding ${scale.toLocaleString('en-GB')} cases: ${Math.round((100 * done) / total)}%`,
        ),
    }),
  );
  process.stderr.write('\n');
  app.store.sqlite.pragma('optimize');
  await app.close();
  console.log(
    `Seeded ${scale.toLocaleString('en-GB')} cases, ${value.residents.toLocaleString('en-GB')} residents, ${value.contacts.toLocaleString('en-GB')} calls in ${(ms / 1000).toFixed(1)} s`,
  );
  writeFileSync(join(dir, 'ready'), new Date().toISOString());
  return dir;
}

const ORDER: Record<CaseSort, string> = {
  newest: 'c.created_at DESC, c.n DESC',
  oldest: 'c.created_at ASC, c.n ASC',
  reference: 'c.reference ASC, c.n ASC',
  reference_desc: 'c.reference DESC, c.n DESC',
  deadline: 'c.due_order ASC, c.n ASC',
};
const KEY: Record<CaseSort, string> = {
  newest: 'created_at',
  oldest: 'created_at',
  reference: 'reference',
  reference_desc: 'reference',
  deadline: 'due_order',
};
const FILTERS: Array<{ label: string; type?: string; status?: string }> = [
  { label: 'all' },
  { label: 'complaints' },
  { label: 'open' },
  { label: 'open complaints' },
].map((f) => ({
  ...f,
  type: f.label.includes('complaints') ? 'complaint' : undefined,
  status: f.label.includes('open') ? 'open' : undefined,
}));

async function benchScale(scale: number) {
  const dir = await seeded(scale);

  // Opening the store and showing the first page, as the app does at start-up.
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { ms, value } = await timeOnce(async () => {
      const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
      await call(app, 'cases.list', { sort: 'newest' });
      return app;
    });
    opens.push(ms);
    await value.close();
  }
  const rawOpens: number[] = [];
  // The store is encrypted (issue 13): the raw side opens it under its data key, unwrapped once here.
  const key = await storeKey(dir);
  for (let i = 0; i < 5; i++) {
    const { ms, value } = await timeOnce(() => {
      const db = openSqlite(join(dir, 'redress.sqlite'), key);
      db.pragma('journal_mode = WAL');
      db.prepare(
        `SELECT c.*, r.name AS resident_name FROM cases c LEFT JOIN residents r ON r.id = c.resident_id ORDER BY ${ORDER.newest} LIMIT 51`,
      ).all();
      return db;
    });
    rawOpens.push(ms);
    value.close();
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  record(scale, 'open store + first page of cases', median(opens), median(rawOpens), null);

  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  const db = app.store.sqlite;
  try {
    // Every sort the UI offers, with every filter, on page 1 and on a page half-way through.
    for (const sort of CASE_SORTS) {
      for (const f of FILTERS) {
        const where = [
          'c.deleted_at IS NULL',
          f.type ? `c.type = '${f.type}'` : null,
          f.status ? `c.is_open = ${f.status === 'open' ? 1 : 0}` : null,
        ].filter(Boolean);
        const mid = db
          .prepare(
            `SELECT c.${KEY[sort]} AS k, c.n FROM cases c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${ORDER[sort]} LIMIT 1 OFFSET ?`,
          )
          .get(Math.floor(scale / 40)) as { k: string; n: number } | undefined;
        const cmp = sort === 'newest' || sort === 'reference_desc' ? '<' : '>';
        for (const depth of ['first page', 'deep page'] as const) {
          if (depth === 'deep page' && !mid) continue;
          const cursor =
            depth === 'deep page'
              ? Buffer.from(JSON.stringify([mid!.k, mid!.n])).toString('base64url')
              : null;
          const conds = [...where, ...(cursor ? [`(c.${KEY[sort]}, c.n) ${cmp} (?, ?)`] : [])];
          const raw = db.prepare(
            `SELECT c.*, r.name AS resident_name FROM cases c LEFT JOIN residents r ON r.id = c.resident_id ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${ORDER[sort]} LIMIT 51`,
          );
          const args = cursor ? [mid!.k, mid!.n] : [];
          // The list answers its total too, counted up to the cap: the same count, raw.
          const rawCount = db
            .prepare(
              `SELECT count(*) FROM (SELECT 1 FROM cases c WHERE ${where.join(' AND ')} LIMIT ${CASE_COUNT_CAP + 1})`,
            )
            .pluck();
          const input: InputOf<'cases.list'> = {
            sort,
            type: f.type as never,
            status: f.status as never,
            cursor,
          };
          const r = await paired(
            150,
            () => call(app, 'cases.list', input),
            () => [raw.all(...args), rawCount.get()],
          );
          record(scale, `case list, ${sort}, ${f.label}, ${depth}`, r.a.median, r.b.median, 2);
        }
      }
    }

    // Search: a common word, a mid-frequency name, a rare job number, and a word that is absent.
    const job = (
      db.prepare("SELECT summary FROM cases WHERE summary LIKE '%Repair job%' LIMIT 1").get() as {
        summary: string;
      }
    ).summary.match(/Repair job (\d+)/)![1]!;
    const terms: Array<[string, string]> = [
      ['common word "damp"', 'damp'],
      ['common word "mould"', 'mould'],
      ['two common words "damp mould"', 'damp mould'],
      ['surname "Prendergast"', 'Prendergast'],
      [`rare: job number`, job],
      ['absent word', 'zyzzogeton'],
    ];
    const count = db.prepare('SELECT count(*) AS n FROM case_fts WHERE case_fts MATCH ?');
    const rawSearch = db.prepare(
      `SELECT c.*, r.name AS resident_name FROM case_fts f JOIN cases c ON c.n = f.rowid LEFT JOIN residents r ON r.id = c.resident_id
       WHERE f.case_fts MATCH ? ORDER BY f.rowid DESC LIMIT 51`,
    );
    for (const [label, term] of terms) {
      const match = term
        .split(' ')
        .map((w, i, all) => `"${w.toLowerCase()}"${i === all.length - 1 && w.length >= 3 ? '*' : ''}`)
        .join(' AND ');
      const hits = (count.get(match) as { n: number }).n;
      const r = await paired(
        100,
        () => call(app, 'cases.list', { search: term }),
        () => rawSearch.all(match),
      );
      record(
        scale,
        `search ${label} (${hits.toLocaleString('en-GB')} matches)`,
        r.a.median,
        r.b.median,
        label.startsWith('common') ? 20 : null,
      );
    }
    const rawFind = db.prepare(
      `SELECT r.id, r.name FROM (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ? ORDER BY rowid DESC LIMIT 20) f
       JOIN residents r ON r.n = f.rowid LEFT JOIN properties p ON p.id = r.property_id ORDER BY r.name`,
    );
    for (const q of ['oka', 'okafor', 'LS11']) {
      const r = await paired(
        100,
        () => call(app, 'residents.find', { query: q }),
        () => rawFind.all(`"${q.toLowerCase()}"*`),
      );
      record(scale, `find resident as you type "${q}"`, r.a.median, r.b.median, null);
    }
    for (const r of (await benchSearch(app)).rows) record(scale, r.what, r.redress, r.raw, r.budget);

    // Logging a call: the contact, its audit/outbox record and (with a case) the search index,
    // committed with synchronous=FULL. Raw: the same two inserts in one transaction.
    const resident = db.prepare('SELECT id FROM residents ORDER BY n DESC LIMIT 1').get() as { id: string };
    const officer = app.context.me!.id;
    const insContact = db.prepare(
      `INSERT INTO contacts (id, occurred_at, channel, direction, summary, resident_id, case_id, logged_by, created_at) VALUES (?, ?, 'phone', 'inbound', ?, ?, NULL, ?, ?)`,
    );
    const insChange = db.prepare(
      `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, new_value) VALUES (?, ?, ?, 'contact', ?, 'create', ?)`,
    );
    let k = 0;
    const rawLog = db.transaction(() => {
      const id = crypto.randomUUID();
      const at = new Date().toISOString();
      insContact.run(id, at, 'Resident rang about the repair', resident.id, officer, at);
      insChange.run(
        `${at}-raw-${k++}-${process.pid}`,
        app.context.installation.id,
        officer,
        id,
        '{"summary":"Resident rang about the repair"}',
      );
    });
    await benchWorkLists(app, scale, (procedure, input) => call(app, procedure as never, input), record);
    await benchReporting(app, scale, (procedure, input) => call(app, procedure as never, input), record);

    // "My work": the officer holds 200 open cases among all of them (set up here, outside timing).
    const me = app.context.me!.id;
    db.prepare('UPDATE cases SET owner_id = NULL WHERE owner_id = ?').run(me);
    db.prepare(
      `UPDATE cases SET owner_id = ? WHERE n IN (SELECT n FROM cases WHERE is_open = 1 ORDER BY n DESC LIMIT 200)`,
    ).run(me);
    const rawWork = db.prepare(
      `SELECT c.*, r.name AS resident_name FROM cases c LEFT JOIN residents r ON r.id = c.resident_id
       WHERE c.owner_id = ? AND c.is_open = 1 AND c.deleted_at IS NULL`,
    );
    const work = await paired(
      100,
      () => call(app, 'work.list', { mine: true }),
      () => rawWork.all(me),
    );
    const mine = ((await call(app, 'work.list', { mine: true })) as { total: number }).total;
    record(
      scale,
      `My work: ${mine} open cases by urgency (deadlines + RAG computed)`,
      work.a.median,
      work.b.median,
      5,
    );
    // Before logging calls opens more of this officer's cases: My work is then the same 200 plus
    // the closed cases brought back by overdue actions.
    await benchActions(app, scale, record);
    await benchCasePage(app, scale, record);
    await benchDashboard(app, scale, record);

    const sync = db.pragma('synchronous', { simple: true });
    const logged = await paired(
      300,
      () =>
        call(app, 'contacts.log', {
          residentId: resident.id,
          channel: 'phone',
          summary: 'Resident rang about the repair',
        }),
      () => rawLog(),
    );
    record(
      scale,
      `log a call (synchronous=${sync === 2 ? 'FULL' : sync})`,
      logged.a.median,
      logged.b.median,
      2,
    );
    const opened = await paired(
      200,
      () =>
        call(app, 'contacts.log', {
          residentId: resident.id,
          channel: 'phone',
          summary: 'Damp in the bathroom again',
          openCaseAs: 'complaint',
        }),
      () => rawLog(),
    );
    record(scale, 'log a call and open a case from it', opened.a.median, opened.b.median, null);
  } finally {
    await app.close();
  }
  await benchDashboardPaintRow(dir, scale, record);
}

async function main() {
  console.log(
    `Redress benchmarks — Node ${process.version}, better-sqlite3 store, schema v${SCHEMA_VERSION}; medians (ms), paired with raw better-sqlite3 in the same run.\n`,
  );
  for (const r of benchDeadlines()) record('rules', r.what, r.redress, r.raw, r.budget);
  for (const r of await benchLetters()) record('letters', r.what, r.redress, r.raw, r.budget);
  for (const r of await benchReportDocuments()) record('reports', r.what, r.redress, r.raw, r.budget);
  if (process.env.REDRESS_BENCH_POST !== '0')
    for (const r of await benchPost((line) => console.error(line)))
      record('post', r.what, r.redress, r.raw, r.budget);
  for (const scale of scales) await benchScale(scale);
  if (process.env.REDRESS_BENCH_SYNC !== '0') {
    const objects = process.env.REDRESS_BENCH_OBJECT_STORE;
    if (objects !== 'only')
      for (const r of await benchSync((line) => console.error(line)))
        record('sync', r.what, r.redress, r.raw, r.budget);
    if (objects !== '0')
      for (const r of await benchObjectStore((line) => console.error(line)))
        record('object store', r.what, r.redress, r.raw, r.budget);
  }
  console.log('');
  printTable(rows);
  const over = rows.filter((r) => r.ok === 'OVER');
  console.log(over.length ? `\n${over.length} measure(s) over budget.` : '\nAll measures within budget.');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
