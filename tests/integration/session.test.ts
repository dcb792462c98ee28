// Sign-in, lock, back-off, password change and the recovery key, through the real dispatch on a
// real encrypted store (issue 13).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { STORE_FILE } from '../../src/main/db/open';
import { KEY_FILE } from '../../src/main/db/keys/keyFile';
import type { InputOf, OutputOf, ProcedureName, Result } from '../../src/shared/contract';
import { openTestApp, tempDir, TEST_PASSWORD } from '../helpers';

async function attempt<K extends ProcedureName>(
  app: RedressApp,
  procedure: K,
  input: InputOf<K>,
): Promise<Result<OutputOf<K>>> {
  return (await app.dispatch(procedure, input)) as Result<OutputOf<K>>;
}

function keyFile(dir: string) {
  return JSON.parse(readFileSync(join(dir, KEY_FILE), 'utf8'));
}

describe('setting up with a password', () => {
  it('starts new, sets up the first person with a password and shows a recovery key once', async () => {
    const tmp = tempDir();
    const app = await openRedress({ dataDir: tmp.dir });
    try {
      const before = await attempt(app, 'session.status', {});
      expect(before).toMatchObject({ ok: true, value: { state: 'new', me: null, people: [] } });
      const short = await attempt(app, 'people.setUpOfficer', {
        name: 'Ann Lee',
        initials: 'AL',
        password: 'short',
      });
      expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const set = await attempt(app, 'people.setUpOfficer', {
        name: 'Ann Lee',
        initials: 'AL',
        password: TEST_PASSWORD,
      });
      if (!set.ok) throw new Error(set.error.message);
      expect(set.value.recoveryKey).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
      const after = await attempt(app, 'session.status', {});
      expect(after).toMatchObject({
        ok: true,
        value: { state: 'signedIn', me: { name: 'Ann Lee' }, people: [{ name: 'Ann Lee', initials: 'AL' }] },
      });
      // The key file holds wraps, never the password or the data key itself.
      const keys = keyFile(tmp.dir);
      expect(keys.pending).toBeNull();
      expect(keys.recovery).toEqual(expect.any(String));
      expect(readFileSync(join(tmp.dir, KEY_FILE), 'utf8')).not.toContain(TEST_PASSWORD);
      const again = await attempt(app, 'people.setUpOfficer', {
        name: 'Eve',
        initials: 'EV',
        password: TEST_PASSWORD,
      });
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    } finally {
      await app.close();
      tmp.remove();
    }
  });
});

describe('a set-up store starts locked', () => {
  it('answers only app.status and session.* until a password opens it; a wrong one simply fails', async () => {
    const tmp = tempDir();
    const { app: first } = await openTestApp(tmp.dir);
    await first.close();
    const app = await openRedress({ dataDir: tmp.dir });
    try {
      const status = await attempt(app, 'session.status', {});
      expect(status).toMatchObject({
        ok: true,
        value: { state: 'locked', me: null, people: [{ name: 'Priya Shah', initials: 'PS' }] },
      });
      expect(await attempt(app, 'app.status', {})).toMatchObject({ ok: true, value: { me: null } });
      expect(await attempt(app, 'residents.find', { query: 'Smith' } as never)).toMatchObject({
        ok: false,
        error: { code: 'SIGNED_OUT' },
      });
      expect(() => app.context).toThrow(/locked/);
      const personId = status.ok ? status.value.people[0]!.id : '';
      expect(await attempt(app, 'session.signIn', { personId, password: 'not the password' })).toMatchObject({
        ok: false,
        error: { code: 'SIGN_IN_FAILED', details: { waitSeconds: 0 } },
      });
      const signedIn = await attempt(app, 'session.signIn', { personId, password: TEST_PASSWORD });
      expect(signedIn).toMatchObject({ ok: true, value: { state: 'signedIn', me: { name: 'Priya Shah' } } });
      expect(await attempt(app, 'app.status', {})).toMatchObject({
        ok: true,
        value: { me: { name: 'Priya Shah' } },
      });
      // Locking forgets who is signed in; the store stays open in this process.
      expect(await attempt(app, 'session.lock', {})).toMatchObject({
        ok: true,
        value: { state: 'locked', me: null },
      });
      expect(app.context.me).toBeNull();
      expect(await attempt(app, 'session.signIn', { personId, password: TEST_PASSWORD })).toMatchObject({
        ok: true,
        value: { state: 'signedIn' },
      });
    } finally {
      await app.close();
      tmp.remove();
    }
  });

  it('backs off after repeated wrong passwords, and restarting does not reset it', async () => {
    const tmp = tempDir();
    const { app: first } = await openTestApp(tmp.dir);
    await first.close();
    let clock = new Date('2026-12-03T10:00:00Z');
    const now = () => clock;
    let app = await openRedress({ dataDir: tmp.dir, now });
    const status = await attempt(app, 'session.status', {});
    const personId = status.ok ? status.value.people[0]!.id : '';
    const waits: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await attempt(app, 'session.signIn', { personId, password: `wrong ${i}` });
      waits.push(r.ok ? 'signed in' : r.error.details?.waitSeconds);
    }
    // Three free tries; then a wait, and a try during the wait is refused without counting.
    expect(waits).toEqual([0, 0, 5, 5]);
    await app.close();
    app = await openRedress({ dataDir: tmp.dir, now });
    try {
      // Even the right password waits its turn; the restart changed nothing.
      const early = await attempt(app, 'session.signIn', { personId, password: TEST_PASSWORD });
      expect(early).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
      expect(await attempt(app, 'session.status', {})).toMatchObject({
        ok: true,
        value: { waitSeconds: expect.any(Number) },
      });
      clock = new Date(clock.getTime() + 60_000);
      expect(await attempt(app, 'session.signIn', { personId, password: TEST_PASSWORD })).toMatchObject({
        ok: true,
      });
      expect(keyFile(tmp.dir).signIn).toEqual({ failures: 0, lastFailureAt: null });
    } finally {
      await app.close();
      tmp.remove();
    }
  });
});

describe('passwords and settings', () => {
  it('a password change re-wraps the keys: the old password stops working, the store opens with the new', async () => {
    const tmp = tempDir();
    const { app, call } = await openTestApp(tmp.dir);
    const storeBefore = readFileSync(join(tmp.dir, STORE_FILE)).subarray(0, 100);
    expect(
      await attempt(app, 'session.changePassword', { current: 'wrong one!', next: 'a new password' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED' },
    });
    await call('session.changePassword', { current: TEST_PASSWORD, next: 'a new password' });
    await call('session.setLockAfter', { minutes: 25 });
    await app.close();
    // The store was not re-encrypted: its first page is as it was.
    expect(readFileSync(join(tmp.dir, STORE_FILE)).subarray(0, 100).equals(storeBefore)).toBe(true);
    await expect(
      openRedress({ dataDir: tmp.dir, unlock: { password: TEST_PASSWORD } }),
    ).rejects.toMatchObject({
      code: 'SIGN_IN_FAILED',
    });
    const again = await openRedress({
      dataDir: tmp.dir,
      unlock: { password: 'a new password', person: 'PS' },
    });
    try {
      expect(again.context.me?.name).toBe('Priya Shah');
      expect(await attempt(again, 'session.status', {})).toMatchObject({
        ok: true,
        value: { lockAfterMinutes: 25 },
      });
    } finally {
      await again.close();
      tmp.remove();
    }
  });

  it('a colleague added with a first password can sign in on this computer; deactivated, they no longer can', async () => {
    const tmp = tempDir();
    const { app, call } = await openTestApp(tmp.dir);
    const priya = app.context.me!;
    const tom = await call('people.add', { name: 'Tom Reid', initials: 'TR', password: 'tom first pw' });
    await call('session.lock', {});
    expect(
      await attempt(app, 'session.signIn', { personId: tom.id, password: 'tom first pw' }),
    ).toMatchObject({
      // Known, but held at choosing a password of his own (recovery.test.ts follows it through).
      ok: true,
      value: { state: 'choosePassword', me: { name: 'Tom Reid' } },
    });
    await call('session.lock', {});
    await call('session.signIn', { personId: priya.id, password: TEST_PASSWORD });
    await call('people.update', { id: tom.id, active: false });
    await app.close();
    expect(keyFile(tmp.dir).people.map((p: { name: string }) => p.name)).toEqual(['Priya Shah']);
    tmp.remove();
  });
});

describe('encryption at rest', () => {
  it('the store file is not readable as SQLite without the key, and a wrong key file is refused plainly', async () => {
    const tmp = tempDir();
    const { app } = await openTestApp(tmp.dir);
    await app.close();
    const plain = new BetterSqlite3(join(tmp.dir, STORE_FILE), { readonly: true });
    expect(() => plain.prepare('SELECT * FROM residents').all()).toThrow(/not a database/);
    plain.close();
    expect(existsSync(join(tmp.dir, KEY_FILE))).toBe(true);
    tmp.remove();
  });
});
