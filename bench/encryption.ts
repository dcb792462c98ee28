// Encryption at rest, measured (issue 13): the same store benchmarks through the real dispatch on
// the encrypted store and on a plain twin of it (the same pages, decrypted), paired in the same
// run; and the sign-in KDF. Budget: encrypted within 1.3x of plain; sign-in 0.3-1 s.
//   npx tsx bench/encryption.ts            REDRESS_BENCH_ENC_CASES=20000 (default)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { openRedress } from '../src/main/app';
import { openSqlite } from '../src/main/db/cipher';
import { passwordKey, SIGN_IN_KDF, newSalt } from '../src/main/db/keys/kdf';
import { STORE_FILE, STORE_PRAGMAS } from '../src/main/db/open';
import type { Database } from '../src/main/db/schema';
import { StoreDialect } from '../src/main/db/storeDialect';
import { createDispatch } from '../src/main/router/dispatch';
import type { Dispatch } from '../src/main/router/types';
import { tempDir } from '../tests/helpers';
import { fmt, paired, printTable, stats, timeOnce, type Row } from './measure';

const CASES = Number(process.env.REDRESS_BENCH_ENC_CASES ?? 20_000);
const PASSWORD = 'bench password 1';

async function ok(dispatch: Dispatch, procedure: string, input: unknown) {
  const r = await dispatch(procedure as never, input as never);
  if (!r.ok) throw new Error(`${procedure}: ${r.error.message}`);
  return r.value;
}

async function main() {
  const tmp = tempDir('redress-bench-enc-');
  const rows: Row[] = [];
  const row = (what: string, enc: number, plain: number | null, budget: string, good: boolean) =>
    rows.push({
      scale: CASES.toLocaleString('en-GB'),
      what,
      redress: fmt(enc),
      raw: plain === null ? '' : fmt(plain),
      ratio: plain === null ? '' : (enc / plain).toFixed(2),
      budget,
      ok: good ? 'ok' : 'OVER',
    });
  try {
    // Sign-in's KDF at the cost every real wrap is made with.
    const kdf: number[] = [];
    for (let i = 0; i < 5; i++)
      kdf.push((await timeOnce(() => passwordKey(PASSWORD, newSalt(), SIGN_IN_KDF))).ms);
    const k = stats(kdf).median;
    row('sign-in KDF (Argon2id 128 MiB, t=3)', k, null, '0.3-1 s', k >= 300 && k <= 1000);

    const dir = join(tmp.dir, 'enc');
    const app = await openRedress({ dataDir: dir });
    await ok(app.dispatch, 'people.setUpOfficer', {
      name: 'Bench Officer',
      initials: 'BO',
      password: PASSWORD,
    });
    await ok(app.dispatch, 'demo.seed', { cases: CASES, seed: 13 });
    const me = app.context.me!.id;
    const signIns: number[] = [];
    for (let i = 0; i < 3; i++) {
      await app.session.lock();
      signIns.push(
        (await timeOnce(() => ok(app.dispatch, 'session.signIn', { personId: me, password: PASSWORD }))).ms,
      );
    }
    const signIn = stats(signIns).median;
    row('session.signIn (KDF + unwrap + key file)', signIn, null, '0.3-1 s', signIn >= 300 && signIn <= 1000);

    // The plain twin: a copy of the same pages, decrypted (SQLite3 Multiple Ciphers: rekey to '').
    const twinFile = join(tmp.dir, 'plain.sqlite');
    app.context.sqlite.prepare('VACUUM INTO ?').run(twinFile);
    const twin = openSqlite(twinFile, app.store.key);
    twin.pragma("rekey = ''");
    for (const p of STORE_PRAGMAS) twin.pragma(p);
    const plainCtx = {
      ...app.context,
      sqlite: twin,
      db: new Kysely<Database>({ dialect: new StoreDialect(twin) }),
    };
    const plain = createDispatch(plainCtx, () => {});
    const enc = app.dispatch;

    const pairs: Array<[string, (d: Dispatch, i: number) => Promise<unknown>, number]> = [
      ['cases.list, newest first, page 1', (d) => ok(d, 'cases.list', { sort: 'newest', limit: 50 }), 60],
      ['cases.list, open cases', (d) => ok(d, 'cases.list', { status: 'open', limit: 50 }), 60],
      ['search.find "damp"', (d) => ok(d, 'search.find', { text: 'damp' }), 60],
      ['work.list (my work)', (d) => ok(d, 'work.list', {}), 40],
      [
        'residents.create (a write: FULL sync, change log)',
        (d, i) => ok(d, 'residents.create', { name: `Bench Resident ${i}`, phone: '0113 496 0000' }),
        60,
      ],
    ];
    for (const [what, fn, n] of pairs) {
      const r = await paired(
        n,
        (i) => fn(enc, i),
        (i) => fn(plain, i),
        5,
      );
      row(what, r.a.median, r.b.median, '< 1.3x', r.ratio <= 1.3);
    }
    // Opening: a new connection reads the schema and a first page (decrypting, or not).
    const file = join(dir, STORE_FILE);
    const open = await paired(
      40,
      () => {
        const s = openSqlite(file, app.store.key, { readonly: true });
        s.prepare('SELECT count(*) FROM cases').get();
        s.close();
      },
      () => {
        const s = openSqlite(twinFile, null, { readonly: true });
        s.prepare('SELECT count(*) FROM cases').get();
        s.close();
      },
      5,
    );
    row('open + count cases (cold connection)', open.a.median, open.b.median, '< 1.3x', open.ratio <= 1.3);
    twin.close();
    await app.close();
  } finally {
    tmp.remove();
    rmSync(tmp.dir, { recursive: true, force: true });
  }
  console.log(`Encryption at rest: encrypted (redress) vs the same pages plain (raw), ms median`);
  printTable(rows);
}

void main();
