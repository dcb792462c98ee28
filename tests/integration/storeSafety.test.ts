// The store refuses what would lose or damage cases, leaving the files as they were and saying
// why in one sentence: damaged pages found after a session that did not close, a store that has
// gone missing or been emptied, and it keeps its files readable by their owner only.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { STORE_FILE, STORE_ID_FILE } from '../../src/main/db/open';
import { cliIn, openTestApp, tempDir, TEST_UNLOCK } from '../helpers';
import { cliChild, crashChild, isOneSentence, serveChild } from './storeTools/run';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function folder(): string {
  const t = tempDir('redress-store-safety-');
  cleanups.push(t.remove);
  return t.dir;
}

/** A store with `cases` cases, closed cleanly. */
async function storeWith(dir: string, cases: number): Promise<void> {
  const { app, call } = await openTestApp(dir);
  await call('demo.seed', { cases, seed: 7 });
  await app.close();
}

/**
 * The store's data files (the database and its write-ahead log), hashed: "untouched" means these
 * are equal before and after. The -shm file is left out: it is SQLite's shared-memory index of the
 * log, which any reader rebuilds, holding nothing of its own.
 */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.startsWith(STORE_FILE) && !f.endsWith('-shm'))
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
}

/** Overwrites pages in the middle of the file with garbage, leaving SQLite's header intact. */
function damagePages(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(Math.floor(size / 3), 0x5a);
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 3) - (Math.floor(size / 3) % 4096));
  } finally {
    closeSync(fd);
  }
}

describe('a damaged store', () => {
  it('after a session that did not close, is checked at sign-in, refused untouched, and the CLI says so in one sentence', async () => {
    const dir = folder();
    await storeWith(dir, 150);
    const crashed = await crashChild(dir, 5);
    expect(crashed.signal).toBe('SIGKILL');
    expect(readdirSync(dir).some((f) => f.startsWith('redress.open-'))).toBe(true);
    damagePages(join(dir, STORE_FILE));
    const before = fingerprint(dir);

    await expect(openRedress({ unlock: TEST_UNLOCK, dataDir: dir })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      details: { problem: 'damaged' },
      message: expect.stringMatching(/is damaged .*Redress has not changed it: restore your latest backup/),
    });
    expect(fingerprint(dir)).toEqual(before);

    const cli = await cliIn(dir, 'case', 'list');
    expect(cli.code).toBe(1);
    expect(isOneSentence(cli.err)).toBe(true);
    expect(cli.err).toMatch(/is damaged/);
    // The local host starts locked (the store is encrypted and nobody has signed in), so it
    // reads nothing until sign-in, which opens the store as openRedress does above.
    expect(fingerprint(dir)).toEqual(before);
  });

  it('a session that crashed on a sound store is checked and carries on, with what it saved', async () => {
    const dir = folder();
    await storeWith(dir, 20);
    expect((await crashChild(dir, 5)).signal).toBe('SIGKILL');
    const { app, call } = await openTestApp(dir);
    cleanups.push(() => app.close());
    expect((await call('cases.list', { search: 'Saved before the crash', limit: 50 })).items).toHaveLength(5);
    expect(readdirSync(dir).filter((f) => f.startsWith('redress.open-'))).toHaveLength(1);
  });

  it('on demand: `check` passes a sound store and fails a damaged one with one sentence and exit 1', async () => {
    const dir = folder();
    await storeWith(dir, 150);
    const ok = await cliIn(dir, 'check', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ healthy: true, problems: [] });

    damagePages(join(dir, STORE_FILE));
    const bad = await cliIn(dir, 'check');
    expect(bad.code).toBe(1);
    expect(isOneSentence(bad.err)).toBe(true);
    expect(bad.err).toMatch(/is damaged/);
  });
});

describe('a store that has gone', () => {
  it('a zero-byte redress.sqlite is refused, not re-created as a new empty store', async () => {
    const dir = folder();
    await storeWith(dir, 10);
    writeFileSync(join(dir, STORE_FILE), '');
    const cli = await cliIn(dir, 'case', 'list');
    expect(cli.code).toBe(1);
    expect(isOneSentence(cli.err)).toBe(true);
    expect(cli.err).toMatch(/is an empty file \(0 bytes\)/);
    expect(statSync(join(dir, STORE_FILE)).size).toBe(0);
  });

  it('a zero-byte file where no store was ever made is refused too (a placeholder)', async () => {
    const dir = folder();
    writeFileSync(join(dir, STORE_FILE), '');
    await expect(openRedress({ unlock: TEST_UNLOCK, dataDir: dir })).rejects.toMatchObject({
      details: { problem: 'empty_file' },
    });
    expect(statSync(join(dir, STORE_FILE)).size).toBe(0);
  });

  it('a missing redress.sqlite beside its store-id is refused with a plain reason', async () => {
    const dir = folder();
    await storeWith(dir, 10);
    expect(existsSync(join(dir, STORE_ID_FILE))).toBe(true);
    rmSync(join(dir, STORE_FILE));
    const cli = await cliIn(dir, 'case', 'list');
    expect(cli.code).toBe(1);
    expect(isOneSentence(cli.err)).toBe(true);
    expect(cli.err).toMatch(/is missing, though a store was created in this folder/);
    expect(existsSync(join(dir, STORE_FILE))).toBe(false);
  });
});

describe('files readable by their owner only', () => {
  it('the store, its log, markers, backups and exports are 0600 in 0700 folders', async () => {
    const root = folder();
    const dir = join(root, 'data');
    const { app, call } = await openTestApp(dir);
    cleanups.push(() => app.close());
    await call('cases.open', { type: 'enquiry', summary: 'Private' });
    await call('backup.daily', {});
    const exportFile = join(root, 'export.json');
    expect((await cliIn(dir, 'export', '--json', '--out', exportFile)).code).toBe(0);
    const copyFile = join(root, 'copy.sqlite');
    expect((await cliIn(dir, 'backup', '--out', copyFile)).code).toBe(0);

    const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);
    expect(mode(dir)).toBe('700');
    expect(mode(join(dir, 'backups'))).toBe('700');
    const files = [
      ...readdirSync(dir)
        .filter((f) => f.startsWith('redress.'))
        .map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'backups')).map((f) => join(dir, 'backups', f)),
      exportFile,
      copyFile,
    ];
    expect(files.map((f) => f.slice(root.length))).toEqual(
      expect.arrayContaining([
        '/data/redress.sqlite',
        '/data/redress.sqlite-wal',
        '/data/redress.sqlite-shm',
        '/data/redress.store-id',
      ]),
    );
    for (const f of files) expect(`${f.slice(root.length)} ${mode(f)}`).toBe(`${f.slice(root.length)} 600`);
  });

  it('an existing store written 0644 by an earlier version is made 0600 when opened', async () => {
    const { chmodSync } = await import('node:fs');
    const dir = folder();
    await storeWith(dir, 1);
    chmodSync(join(dir, STORE_FILE), 0o644);
    const { app } = await openTestApp(dir);
    cleanups.push(() => app.close());
    expect(statSync(join(dir, STORE_FILE)).mode & 0o777).toBe(0o600);
  });
});

describe('--data-dir mistakes', () => {
  it('reach the CLI as one sentence and a non-zero exit', async () => {
    const missing = await cliChild(['case', 'list', '--data-dir']);
    expect(missing.code).toBe(2);
    expect(isOneSentence(missing.stderr)).toBe(true);
    expect(missing.stderr).toMatch(/--data-dir needs a folder/);
    const dir = folder();
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const file = await cliChild(['case', 'list', '--data-dir', join(dir, 'a-file')]);
    expect(file.code).toBe(1);
    expect(isOneSentence(file.stderr)).toBe(true);
    expect(file.stderr).toMatch(/is a file, not a folder/);
    const host = await serveChild(['--data-dir', join(dir, 'a-file', 'inside')]);
    expect(host.code).toBe(1);
    expect(isOneSentence(host.stderr)).toBe(true);
  });
});
