// Every password forgotten: the recovery key printed at set-up opens the store and sets a new
// password for a person; temporary first passwords; a new recovery key; and the recovery key a
// restored store gets. Through the real session procedures on a real encrypted store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { KEY_FILE } from '../../src/main/db/keys/keyFile';
import type { InputOf, OutputOf, ProcedureName, Result } from '../../src/shared/contract';
import { actAs, openTestApp, tempDir, TEST_PASSWORD } from '../helpers';

async function attempt<K extends ProcedureName>(
  app: RedressApp,
  procedure: K,
  input: InputOf<K>,
): Promise<Result<OutputOf<K>>> {
  return (await app.dispatch(procedure, input)) as Result<OutputOf<K>>;
}

async function must<K extends ProcedureName>(app: RedressApp, procedure: K, input: InputOf<K>) {
  const r = await attempt(app, procedure, input);
  if (!r.ok) throw new Error(`${procedure}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

const failures = (dir: string): number =>
  JSON.parse(readFileSync(join(dir, KEY_FILE), 'utf8')).signIn.failures;

/**
 * How `personId`'s password was set, change by change, from the audited change log: who made the
 * change, and the credentials' `set_with` and `must_change` it recorded.
 */
function credentialChanges(app: RedressApp, personId: string) {
  const rows = app.context.sqlite
    .prepare(
      `SELECT hlc, op, actor_id AS actor, field, new_value AS value FROM changes
        WHERE entity = 'person_credential' AND entity_id = ? ORDER BY hlc`,
    )
    .all(personId) as Array<{ hlc: string; op: string; actor: string; field: string | null; value: string }>;
  const byChange = new Map<string, { op: string; actor: string; setWith?: unknown; mustChange?: unknown }>();
  for (const r of rows) {
    const key = r.op === 'create' ? r.hlc : `${r.actor}:${r.hlc.slice(0, 19)}`;
    const c = byChange.get(key) ?? { op: r.op, actor: r.actor };
    const values: Record<string, unknown> =
      r.field === null ? JSON.parse(r.value) : { [r.field]: JSON.parse(r.value) };
    if ('set_with' in values) c.setWith = values.set_with;
    if ('must_change' in values) c.mustChange = values.must_change;
    byChange.set(key, c);
  }
  return [...byChange.values()];
}

const tmp = tempDir('redress-recovery-');
const dir = join(tmp.dir, 'store');
let recoveryKey = '';
const ids = { priya: '', tom: '', dan: '', una: '' };

beforeAll(async () => {
  // Priya sets up (the key printed once); Tom and Dan get first passwords; Una has none; Dan leaves.
  const { app, call } = await openTestApp(dir, { officer: false });
  const me = await call('people.setUpOfficer', {
    name: 'Priya Shah',
    initials: 'PS',
    role: 'admin',
    password: TEST_PASSWORD,
  });
  recoveryKey = me.recoveryKey;
  ids.priya = me.id;
  ids.tom = (await call('people.add', { name: 'Tom Reid', initials: 'TR', password: 'tom first pw' })).id;
  ids.dan = (await call('people.add', { name: 'Dan Moss', initials: 'DM', password: 'dan first pw' })).id;
  ids.una = (await call('people.add', { name: 'Una Ode', initials: 'UO' })).id;
  await call('people.update', { id: ids.dan, active: false });
  await app.close();
}, 60_000);

afterAll(() => tmp.remove());

describe('opening a locked store with the recovery key', () => {
  let app: RedressApp;
  beforeAll(async () => {
    app = await openRedress({ dataDir: dir });
  });
  afterAll(() => app.close());

  it('refuses a wrong key plainly, counting it towards the same back-off as wrong passwords', async () => {
    const wrong = await attempt(app, 'session.recoveryPeople', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: 'That recovery key is not right.' },
    });
    expect(failures(dir)).toBe(1);
    const empty = await attempt(app, 'session.recover', {
      recoveryKey: ' ',
      personId: ids.tom,
      next: 'x'.repeat(12),
    });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('Enter the recovery key') },
    });
    // Still locked: nothing opened.
    expect(await attempt(app, 'cases.list', { limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
  });

  it('reads the key however it is typed, and offers every active person (with a password or not)', async () => {
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/O/gi, '0');
    const people = await must(app, 'session.recoveryPeople', { recoveryKey: typed });
    expect(people.map((p) => p.name)).toEqual(['Priya Shah', 'Tom Reid', 'Una Ode']);
    expect(failures(dir)).toBe(0);
    // The key opened the store, but nobody is signed in by it alone.
    expect(await attempt(app, 'cases.list', { limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
  });

  it('refuses a deactivated person and a weak password, changing nothing', async () => {
    expect(
      await attempt(app, 'session.recover', { recoveryKey, personId: ids.dan, next: 'a long new password' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: 'That person can no longer sign in.' },
    });
    expect(
      await attempt(app, 'session.recover', { recoveryKey, personId: ids.priya, next: 'short' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(credentialChanges(app, ids.priya)).toHaveLength(1);
  });

  it('sets a new password for the person chosen and signs them in; recorded as set with the recovery key', async () => {
    const status = await must(app, 'session.recover', {
      recoveryKey,
      personId: ids.priya,
      next: 'priya remembered',
    });
    expect(status).toMatchObject({ state: 'signedIn', me: { name: 'Priya Shah', role: 'admin' } });
    expect((await must(app, 'cases.list', { limit: 5 })).items).toEqual([]);
    expect(credentialChanges(app, ids.priya)).toEqual([
      { op: 'create', actor: ids.priya, setWith: 'own password', mustChange: 0 },
      // Only what changed is recorded: the password and how it was set, never the person key.
      { op: 'set', actor: ids.priya, setWith: 'recovery key' },
    ]);
  });

  it('gives a person who never had a password one (Una), and it is theirs: no change forced', async () => {
    await must(app, 'session.recover', { recoveryKey, personId: ids.una, next: 'una has one now' });
    expect(credentialChanges(app, ids.una)).toEqual([
      { op: 'create', actor: ids.una, setWith: 'recovery key', mustChange: 0 },
    ]);
    expect((await must(app, 'session.status', {})).people.map((p) => p.name)).toContain('Una Ode');
  });

  it('a new recovery key: administrators only; shown once; the old one stops working', async () => {
    await must(app, 'session.lock', {});
    await must(app, 'session.signIn', { personId: ids.una, password: 'una has one now' });
    expect(await attempt(app, 'session.newRecoveryKey', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await must(app, 'session.lock', {});
    await must(app, 'session.signIn', { personId: ids.priya, password: 'priya remembered' });
    const made = await must(app, 'session.newRecoveryKey', {});
    expect(made.recoveryKey).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    expect(made.recoveryKey).not.toBe(recoveryKey);
    expect(await attempt(app, 'session.recoveryPeople', { recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED' },
    });
    expect((await must(app, 'session.recoveryPeople', { recoveryKey: made.recoveryKey })).length).toBe(3);
    recoveryKey = made.recoveryKey;
  });

  it('the old password no longer opens the store; the new one does (after a restart)', async () => {
    await app.close();
    await expect(
      openRedress({ dataDir: dir, unlock: { password: TEST_PASSWORD, person: 'PS' } }),
    ).rejects.toMatchObject({
      code: 'SIGN_IN_FAILED',
    });
    app = await openRedress({ dataDir: dir, unlock: { password: 'priya remembered', person: 'PS' } });
    expect(app.context.me?.name).toBe('Priya Shah');
  });
});

describe('a temporary first password', () => {
  let app: RedressApp;
  beforeAll(async () => {
    app = await openRedress({ dataDir: dir });
  });
  afterAll(() => app.close());

  it('opens nothing but the choice of their own password', async () => {
    const status = await must(app, 'session.signIn', { personId: ids.tom, password: 'tom first pw' });
    expect(status).toMatchObject({ state: 'choosePassword', me: { name: 'Tom Reid' } });
    expect(await attempt(app, 'cases.list', { limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    expect(
      await attempt(app, 'session.changePassword', { current: 'tom first pw', next: 'x'.repeat(12) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
    expect(await attempt(app, 'session.choosePassword', { next: 'tom first pw' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // Locking forgets them; signing in again asks again.
    expect(await must(app, 'session.lock', {})).toMatchObject({ state: 'locked', me: null });
    expect(await attempt(app, 'session.choosePassword', { next: 'tom chose this' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('once chosen, they are signed in, the flag is cleared (a synced change) and the temporary one is gone', async () => {
    await must(app, 'session.signIn', { personId: ids.tom, password: 'tom first pw' });
    const status = await must(app, 'session.choosePassword', { next: 'tom chose this' });
    expect(status).toMatchObject({ state: 'signedIn', me: { name: 'Tom Reid' } });
    expect(credentialChanges(app, ids.tom)).toEqual([
      { op: 'create', actor: ids.priya, setWith: 'administrator', mustChange: 1 },
      { op: 'set', actor: ids.tom, setWith: 'own password', mustChange: 0 },
    ]);
    await must(app, 'session.lock', {});
    expect(
      await attempt(app, 'session.signIn', { personId: ids.tom, password: 'tom first pw' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED' },
    });
    expect(
      await must(app, 'session.signIn', { personId: ids.tom, password: 'tom chose this' }),
    ).toMatchObject({
      state: 'signedIn',
    });
    actAs(app, null);
  });
});

describe('a restore on a new computer', () => {
  it('gives the restored store a recovery key of its own, shown once, which opens it', async () => {
    const { app: original, call } = await openTestApp(join(tmp.dir, 'original'));
    await call('demo.seed', { cases: 3, seed: 3 });
    const { content } = await call('backup.export', {});
    await original.close();
    const { app: fresh } = await openTestApp(join(tmp.dir, 'fresh'), { officer: false });
    expect(fresh.session.keys().recovery).toBeNull();
    const restored = await must(fresh, 'backup.restore', { content });
    expect(restored.recoveryKey).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    await fresh.close();
    const reopened = await openRedress({ dataDir: join(tmp.dir, 'fresh') });
    try {
      const people = await must(reopened, 'session.recoveryPeople', { recoveryKey: restored.recoveryKey! });
      const priya = people.find((p) => p.name === 'Priya Shah')!;
      await must(reopened, 'session.recover', {
        recoveryKey: restored.recoveryKey!,
        personId: priya.id,
        next: 'after the restore',
      });
      expect((await must(reopened, 'cases.list', { limit: 10 })).items).toHaveLength(3);
    } finally {
      await reopened.close();
    }
  });
});
