// Evidence for issue 13: a seeded store's data folder holds no resident data in plain text — every
// byte of every file (the store, its write-ahead log, the daily copy, attachments, letters, the
// key file) — and without a password nothing opens.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { STORE_FILE } from '../../src/main/db/open';
import { openTestApp, tempDir } from '../helpers';

function everyFile(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? everyFile(path) : [path];
  });
}

/** Resident data the demo wrote, as it would appear in plain text on disk. */
function residentData(sqlite: BetterSqlite3.Database): string[] {
  const column = (sql: string) =>
    (sqlite.prepare(sql).pluck().all() as Array<string | null>).filter(
      (v): v is string => !!v && v.length >= 6,
    );
  return [
    ...column('SELECT name FROM residents'),
    ...column('SELECT phone FROM residents'),
    ...column('SELECT address_line1 FROM properties'),
    ...column('SELECT substr(text, 1, 40) FROM case_notes'),
    ...column('SELECT substr(summary, 1, 40) FROM cases'),
  ];
}

describe('encryption at rest', () => {
  it('a seeded data folder contains no resident name, phone, address or note in any file', async () => {
    const tmp = tempDir();
    const { app, call } = await openTestApp(tmp.dir);
    let needles: string[];
    try {
      await call('demo.seedEmptyStore', { cases: 40 });
      await call('backup.daily', {});
      needles = [...new Set(residentData(app.context.sqlite))];
      // A write left in the write-ahead log (not yet checkpointed) is on disk too.
      await call('residents.create', { name: 'Zebedee Quartermaine', phone: '07700 900123' } as never);
      needles.push('Zebedee Quartermaine', '07700 900123');
      expect(needles.length).toBeGreaterThan(50);
      const files = everyFile(tmp.dir);
      expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
      expect(files.some((f) => f.includes(join('backups', 'redress-')))).toBe(true);
      expect(files.some((f) => f.includes(`${join('blobs', '')}`))).toBe(true);
    } finally {
      await app.close();
    }
    const files = everyFile(tmp.dir);
    const found: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles)
        for (const encoding of ['utf8', 'utf16le'] as const)
          if (bytes.includes(Buffer.from(needle, encoding))) found.push(`${needle} in ${file} (${encoding})`);
    }
    expect(found).toEqual([]);
    tmp.remove();
  });

  it('without the password nothing opens: not the store, not its daily copy; the refusal says why', async () => {
    const tmp = tempDir();
    const { app, call } = await openTestApp(tmp.dir);
    await call('backup.daily', {});
    await app.close();
    for (const file of [join(tmp.dir, STORE_FILE), ...everyFile(join(tmp.dir, 'backups'))]) {
      const raw = new BetterSqlite3(file, { readonly: true });
      expect(() => raw.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/file is not a database/);
      raw.close();
    }
    await expect(
      openRedress({ dataDir: tmp.dir, unlock: { password: 'a guess at it' } }),
    ).rejects.toMatchObject({
      code: 'SIGN_IN_FAILED',
      message: 'That password is not right.',
    });
    tmp.remove();
  });
});
