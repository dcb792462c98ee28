// `npx tsx bench/audit.ts`: what the tamper-evident audit costs.
//  1. The chain on writes: one change-log row appended with its chain link (the head read, the
//     SHA-256) beside the same row appended without one, paired and interleaved in the same run on
//     the same store; and a whole procedure write (cases.update) for scale.
//  2. `audit verify` on a store of about 100,000 changes (REDRESS_BENCH_AUDIT_CHANGES to change it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedress, type RedressApp } from '../src/main/app';
import { SCHEMA_VERSION } from '../src/main/db/migrations';
import { changeContent, nextLink } from '../src/main/store/auditChain';
import { seedStore } from '../src/main/services/demo';
import { fmt, paired, printTable, timeOnce, type Row } from './measure';

const TARGET = Number(process.env.REDRESS_BENCH_AUDIT_CHANGES ?? 100_000);

async function call(app: RedressApp, procedure: string, input: unknown): Promise<never> {
  const r = await app.dispatch(procedure as never, input as never);
  if (!r.ok) throw new Error(`${procedure}: ${r.error.message}`);
  return r.value as never;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-audit-'));
  const rows: Row[] = [];
  try {
    const app = await openRedress({ dataDir: join(dir, 'store') });
    await call(app, 'people.setUpOfficer', {
      name: 'Mary Manager',
      initials: 'MM',
      role: 'manager',
      password: 'bench password 1',
    });
    const changes = () =>
      (app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    // Demo data until the log holds about TARGET changes (each demo row is chained as it is written).
    const perCase = await (async () => {
      const seeded = await timeOnce(() => seedStore(app.context, { cases: 1000, seed: 1 }));
      rows.push({
        scale: '1,000 cases',
        what: 'demo seed (every row chained)',
        redress: fmt(seeded.ms),
        raw: '',
        ratio: '',
        budget: '',
        ok: '',
      });
      return changes() / 1000;
    })();
    const more = Math.max(0, Math.round((TARGET - changes()) / perCase));
    if (more > 0) seedStore(app.context, { cases: more, seed: 2 });
    const total = changes();
    const scale = `${total.toLocaleString('en-GB')} changes`;

    // 1. The chain on writes, paired: the same row appended with and without its link.
    const db = app.context.sqlite;
    const rid = app.context.installation.id;
    const actor = app.context.me!.id;
    const insert = db.prepare(
      `INSERT INTO changes (hlc, replica_id, actor_id, entity, entity_id, op, field, old_value, new_value, prev, sv, chain_pos, chain_hash)
       VALUES (@hlc, @replica_id, @actor_id, @entity, @entity_id, @op, @field, @old_value, @new_value, @prev, @sv, @chain_pos, @chain_hash)`,
    );
    const row = () => ({
      hlc: app.context.clock.next(),
      replica_id: rid,
      actor_id: actor,
      entity: 'case',
      entity_id: '01900000-0000-7000-8000-000000000001',
      op: 'set',
      field: 'summary',
      old_value: '"Damp in the bedroom"',
      new_value: '"Damp and mould in the bedroom"',
      prev: null,
      sv: SCHEMA_VERSION,
    });
    // Rows appended without a link are outside the chain (verify counts them apart): a bench store only.
    const withChain = () =>
      db.transaction(() => {
        const r = row();
        const link = nextLink(db, rid, changeContent(r));
        insert.run({ ...r, chain_pos: link.pos, chain_hash: link.hash });
      })();
    const withoutChain = () =>
      db.transaction(() => {
        insert.run({ ...row(), sv: 1, chain_pos: null, chain_hash: null });
      })();
    const pair = await paired(2000, withChain, withoutChain, 200);
    rows.push({
      scale,
      what: 'append one change (own transaction): chained vs not',
      redress: fmt(pair.a.median),
      raw: fmt(pair.b.median),
      ratio: pair.ratio.toFixed(2),
      budget: '',
      ok: '',
    });
    const opened = (await call(app, 'cases.open', { type: 'complaint', summary: 'Bench case' })) as {
      id: string;
    };
    const writes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = await timeOnce(() =>
        call(app, 'cases.update', { id: opened.id, changes: { summary: `Bench case ${i}` } }),
      );
      if (i >= 30) writes.push(t.ms);
    }
    writes.sort((a, b) => a - b);
    rows.push({
      scale,
      what: 'cases.update through dispatch (for scale: one chained change)',
      redress: fmt(writes[Math.floor(writes.length / 2)]!),
      raw: '',
      ratio: '',
      budget: '',
      ok: '',
    });

    // 2. audit verify over everything.
    const runs: number[] = [];
    let entries = 0;
    for (let i = 0; i < 5; i++) {
      const t = await timeOnce(() => call(app, 'audit.verify', {}));
      const report = t.value as { installations: Array<{ entries: number }> };
      entries = report.installations.reduce((n, x) => n + x.entries, 0);
      runs.push(t.ms);
    }
    runs.sort((a, b) => a - b);
    rows.push({
      scale,
      what: `audit verify (${entries.toLocaleString('en-GB')} chained entries), median of 5`,
      redress: fmt(runs[2]!),
      raw: '',
      ratio: '',
      budget: '',
      ok: '',
    });
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
}

void main();
