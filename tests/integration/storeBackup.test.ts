// Copies of the store file made while Redress runs (SQLite's online backup): consistent,
// including what is still only in the write-ahead log, restorable into an empty data folder with
// the same refusals as a JSON backup (encrypted: it opens only on the computer that made it), and kept
// automatically, one a day for seven days.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { STORE_FILE } from '../../src/main/db/open';
import { cliIn, openRawStore, openTestApp, tempDir, TEST_UNLOCK } from '../helpers';
import { cliChild, isOneSentence } from './storeTools/run';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function folder(): string {
  const t = tempDir('redress-store-backup-');
  cleanups.push(t.remove);
  return t.dir;
}

async function running(dir: string) {
  const t = await openTestApp(dir);
  cleanups.push(() => t.app.close());
  return t;
}

/** Cases in a store file (a copy of the store in `dataDir`, under its key). */
const countCases = async (dataDir: string, file: string) => {
  const db = await openRawStore(dataDir, file);
  try {
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backup --out while Redress runs', () => {
  it('has all 320 cases still in the write-ahead log, which a plain copy of redress.sqlite misses', async () => {
    const root = folder();
    const dir = join(root, 'data');
    await (await openTestApp(dir)).app.close(); // set up and closed: the schema is in redress.sqlite
    const writer = await running(dir);
    // As the app does between checkpoints: everything written stays in redress.sqlite-wal.
    writer.app.store.sqlite.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 320; i++) await writer.call('cases.open', { type: 'enquiry', summary: `Case ${i}` });

    const plainCopy = join(root, 'copied-by-hand.sqlite');
    copyFileSync(join(dir, STORE_FILE), plainCopy);
    expect(await countCases(dir, plainCopy)).toBe(0);

    const out = join(root, 'redress-copy.sqlite');
    const backup = await cliChild(['backup', '--out', out, '--data-dir', dir]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Copied the case store \(320 cases/);
    expect(await countCases(dir, out)).toBe(320);
    expect(readdirSync(root).filter((f) => f.includes('.partial-'))).toEqual([]);

    // Encrypted under this computer's key, it does not open on a new laptop: records move between
    // computers by JSON backup or the share, and the refusal says so in one sentence.
    const elsewhere = await cliChild(['restore', '--from', out, '--data-dir', join(root, 'new-laptop')]);
    expect(elsewhere.code).not.toBe(0);
    expect(isOneSentence(elsewhere.stderr)).toBe(true);
    expect(elsewhere.stderr).toMatch(/not a Redress backup|opens only where it was made/);
    // The copy is one self-contained file: reading it leaves nothing beside it.
    expect(readdirSync(root).filter((f) => f.startsWith('redress-copy'))).toEqual(['redress-copy.sqlite']);
  });

  it('restore refuses a store copy that is damaged, from a newer Redress, not Redress, or into a store with cases', async () => {
    const root = folder();
    const source = await running(join(root, 'data'));
    await source.call('demo.seed', { cases: 120, seed: 3 });
    const good = join(root, 'good.sqlite');
    expect((await cliIn(join(root, 'data'), 'backup', '--out', good)).code).toBe(0);

    const refused = async (file: string, pattern: RegExp, into = join(root, `empty-${Math.random()}`)) => {
      const r = await cliIn(into, 'restore', '--from', file);
      expect(r.code, r.err).not.toBe(0);
      expect(isOneSentence(r.err)).toBe(true);
      expect(r.err).toMatch(pattern);
      if (!into.includes('empty-')) return;
      const check = await openTestApp(into, { officer: false });
      expect(
        (check.app.store.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n,
      ).toBe(0);
      await check.app.close();
    };

    const damaged = join(root, 'damaged.sqlite');
    copyFileSync(good, damaged);
    const bytes = Buffer.alloc(40_000, 0x33);
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(damaged, 'r+');
    writeSync(fd, bytes, 0, bytes.length, 8192);
    closeSync(fd);
    // Each page of an encrypted store is authenticated: a damaged one may read as no store at all.
    await refused(
      damaged,
      /is damaged .*Nothing was restored|is not a Redress backup\. Nothing was restored/,
    );

    const newer = join(root, 'newer.sqlite');
    copyFileSync(good, newer);
    const db = await openRawStore(join(root, 'data'), newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    // Into a new folder (new keys) an encrypted copy does not open at all, which is refused first.
    await refused(newer, /made by a newer version of Redress|is not a Redress backup\. Nothing was restored/);

    const other = join(root, 'other.sqlite');
    const o = new BetterSqlite3(other);
    o.exec("CREATE TABLE shopping (item TEXT); INSERT INTO shopping VALUES ('milk')");
    o.close();
    await refused(other, /not a Redress case store/);

    await refused(good, /already holds/, join(root, 'data'));
  });
});

describe('daily store copies', () => {
  it('are made at start-up once a day in backups/, and only the last seven are kept', async () => {
    const dir = folder();
    let day = new Date(2026, 2, 1, 9, 0);
    const { openRedress } = await import('../../src/main/app');
    const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir, now: () => day });
    cleanups.push(() => app.close());
    const first = await app.dispatch('backup.daily', {});
    expect(first).toMatchObject({ ok: true, value: { made: 'redress-2026-03-01.sqlite' } });
    const again = await app.dispatch('backup.daily', {});
    expect(again).toMatchObject({ ok: true, value: { made: null, kept: ['redress-2026-03-01.sqlite'] } });
    for (let d = 2; d <= 10; d++) {
      day = new Date(2026, 2, d, 9, 0);
      await app.dispatch('backup.daily', {});
    }
    const kept = readdirSync(join(dir, 'backups')).sort();
    expect(kept).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => `redress-2026-03-${String(d).padStart(2, '0')}.sqlite`),
    );
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'left alone');
    day = new Date(2026, 2, 11, 9, 0);
    await app.dispatch('backup.daily', {});
    expect(readdirSync(join(dir, 'backups'))).toContain('notes.txt');
  });

  it('a window cannot ask for one (it names files on this computer)', async () => {
    const { callProcedure } = await import('../../src/main/router/rpc');
    const t = await running(folder());
    expect(await callProcedure(t.app.dispatch, { procedure: 'backup.daily', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORISED' },
    });
  });
});
