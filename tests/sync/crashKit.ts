// What the crash suites share, on a folder (crash.test.ts) and on object stores (storeCrash.ts):
// stores A and B opened by their own officers, the CLI's `sync` in a child process and its two
// verdicts, and a look inside a store between syncs.
import { basename } from 'node:path';
import { expect } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { createShare } from '../../src/main/sync/engine';
import { outboxSize } from '../../src/main/sync/exporter';
import { shareKeyOf } from '../../src/main/sync/keyring';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { stateHash } from '../../src/main/store/stateHash';
import { TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
import { runCli, wasKilled, type Exit } from './cli';
import { joinShareFrom } from './harness';
import { call } from './stalledShare';

const apps: RedressApp[] = [];

/**
 * Each store is signed into by its own officer (A or B, its folder's name). Both officers share
 * the test password and each computer can sign in everyone whose credentials arrived by sync, so
 * without naming the person B could open as A — and A rightly refuses B's changes made in A's name.
 */
export async function open(dir: string): Promise<RedressApp> {
  const app = await openRedress({
    unlock: { ...TEST_UNLOCK, person: basename(dir).toUpperCase() },
    dataDir: dir,
  });
  apps.push(app);
  return app;
}

export async function close(app: RedressApp): Promise<void> {
  apps.splice(apps.indexOf(app), 1);
  await app.close();
}

/** Closes whatever a failed test left open (afterEach). */
export async function closeAll(): Promise<void> {
  for (const a of apps.splice(0)) await a.close().catch(() => undefined);
}

/** Stores A and B (folders `a` and `b`), each with its officer, that have joined a new share on `fs`; closed again. Returns the share key. */
export async function twoOnShare(fs: ShareFs, dirs: { a: string; b: string }): Promise<Buffer> {
  const opened: Record<string, RedressApp> = {};
  for (const [who, dir] of Object.entries(dirs)) {
    const app = (opened[who] = await open(dir));
    await call(app, 'people.setUpOfficer', {
      password: TEST_PASSWORD,
      name: `Officer ${who.toUpperCase()}`,
      initials: who.toUpperCase(),
      role: 'admin',
    });
  }
  await createShare(opened.a!.context, fs, { deviceLabel: 'A' });
  await joinShareFrom({ context: opened.a!.context, fs }, opened.b!.context, fs, { deviceLabel: 'B' });
  const key = shareKeyOf(opened.a!.context.sqlite)!;
  for (const app of Object.values(opened)) await close(app);
  return key;
}

/** `redress sync --share SHARE --data-dir D --json --hash` in a child process, as D's officer. */
export function cliSync(
  share: string,
  dataDir: string,
  env: Record<string, string> = {},
  killAfterMs?: number,
): Promise<Exit> {
  return runCli(
    ['sync', '--share', share, '--data-dir', dataDir, '--json', '--hash'],
    { REDRESS_USER: basename(dataDir).toUpperCase(), ...env },
    killAfterMs,
  );
}

export function expectKilled(exit: Exit, point: string): void {
  expect(
    wasKilled(exit),
    `crash at ${point}: code ${exit.code} signal ${exit.signal} ${exit.stdout.slice(0, 300)} ${exit.stderr.slice(-500)}`,
  ).toBe(true);
}

export function expectOk(exit: Exit): { stateHash: string; exported: number; imported: number } {
  expect(exit.code, exit.stderr.slice(-1500)).toBe(0);
  return JSON.parse(exit.stdout);
}

/** A store between syncs: its state hash, record ids, change log and what waits to go out. */
export async function inspect(dir: string) {
  const app = await open(dir);
  const db = app.context.sqlite;
  const me = app.context.installation.id;
  const out = {
    rid: me,
    hash: stateHash(app.context),
    ids: new Set(
      (
        db.prepare('SELECT id FROM cases UNION ALL SELECT id FROM contacts').all() as Array<{ id: string }>
      ).map((r) => r.id),
    ),
    changes: (db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n,
    hlcs: (db.prepare('SELECT hlc FROM changes').all() as Array<{ hlc: string }>).map((r) => r.hlc),
    own: (db.prepare('SELECT count(*) AS n FROM changes WHERE replica_id = ?').get(me) as { n: number }).n,
    outbox: outboxSize(db, me),
  };
  await close(app);
  return out;
}
