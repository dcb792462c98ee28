// A store written before encryption (plain SQLite, as the previous version left it) is encrypted
// in place on first open, the plain file kept until the encrypted copy verifies and then removed;
// its officer keeps their records and gets a password at set-up; its files are encrypted too.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { migrations } from '../../src/main/db/migrations';
import { STORE_FILE } from '../../src/main/db/open';
import { tempDir, TEST_PASSWORD } from '../helpers';

/** The store as version 8 (before issue 13) wrote it, with one officer, one resident and one file. */
function plainStore(dir: string): { blob: string } {
  const sqlite = new BetterSqlite3(join(dir, STORE_FILE));
  sqlite.pragma('journal_mode = WAL');
  for (const m of migrations.filter((m) => m.version <= 8)) {
    sqlite.exec(m.sql);
    sqlite.pragma(`user_version = ${m.version}`);
  }
  sqlite.exec(`
    INSERT INTO meta (key, value) VALUES ('installation_id', '0193a000-0000-7000-8000-000000000001'),
      ('installation_code', 'K7'), ('me', '0193a000-0000-7000-8000-0000000000aa');
    INSERT INTO people (id, name, role, initials, created_at)
      VALUES ('0193a000-0000-7000-8000-0000000000aa', 'Olu Bankole', 'officer', 'OB', '2026-11-01T09:00:00.000Z');
    INSERT INTO residents (id, name, phone, created_at, updated_at, created_by)
      VALUES ('0193a000-0000-7000-8000-0000000000bb', 'Marigold Fenwick-Ashby', '07700 900456',
              '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', '0193a000-0000-7000-8000-0000000000aa');
  `);
  sqlite.close();
  const bytes = Buffer.from('Letter to Marigold Fenwick-Ashby about the damp in her bathroom');
  const hash = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(join(dir, 'blobs', hash.slice(0, 2)), { recursive: true });
  writeFileSync(join(dir, 'blobs', hash.slice(0, 2), hash), bytes);
  return { blob: hash };
}

describe('upgrading a plain store', () => {
  it('is encrypted in place on first open, keeps every record, and its officer sets a password', async () => {
    const tmp = tempDir();
    const { blob } = plainStore(tmp.dir);
    const app = await openRedress({ dataDir: tmp.dir });
    try {
      expect(readFileSync(join(tmp.dir, STORE_FILE)).subarray(0, 15).toString()).not.toBe('SQLite format 3');
      expect(readdirSync(tmp.dir).filter((f) => /plain-before-encryption|encrypting/.test(f))).toEqual([]);
      expect(await app.dispatch('session.status', {})).toMatchObject({ ok: true, value: { state: 'new' } });
      const set = await app.dispatch('people.setUpOfficer', {
        name: 'Olu Bankole',
        initials: 'OB',
        password: TEST_PASSWORD,
      });
      expect(set).toMatchObject({ ok: true, value: { id: '0193a000-0000-7000-8000-0000000000aa' } });
      const resident = await app.dispatch('residents.get', {
        id: '0193a000-0000-7000-8000-0000000000bb',
      } as never);
      expect(resident.ok && JSON.stringify(resident.value)).toContain('Marigold Fenwick-Ashby');
    } finally {
      await app.close();
    }
    const blobBytes = readFileSync(join(tmp.dir, 'blobs', blob.slice(0, 2), blob));
    expect(blobBytes.includes(Buffer.from('Marigold'))).toBe(false);
    const store = readFileSync(join(tmp.dir, STORE_FILE));
    expect(store.includes(Buffer.from('Marigold'))).toBe(false);
    const again = await openRedress({ dataDir: tmp.dir, unlock: { password: TEST_PASSWORD } });
    try {
      expect(again.context.me?.name).toBe('Olu Bankole');
    } finally {
      await again.close();
      tmp.remove();
    }
  });
});
