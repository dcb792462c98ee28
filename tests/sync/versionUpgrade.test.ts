// Guarantee 7, second half — after upgrading, the old replica converges. In this file the
// in-process Redress is a *newer* version (one more, empty, migration: SCHEMA_VERSION + 1); the
// old version is the real CLI in a child process. A newer replica (hand-written) sends ops with
// the newer schema number: the old version keeps them pending; once the same store is opened by
// the newer version, they are replayed and it converges with a replica that was new all along.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { openSqlite } from '../../src/main/db/cipher';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { joinShare, syncOnce } from '../../src/main/sync/engine';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { stateHash } from '../../src/main/store/stateHash';
import { storeKey, TEST_UNLOCK } from '../helpers';
import { cliJson } from './cli';
import { HandWrittenReplica } from './newerReplica';

vi.mock('../../src/main/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/main/db/migrations')>();
  const next = real.SCHEMA_VERSION + 1;
  return {
    ...real,
    migrations: [...real.migrations, { version: next, name: 'newer-test-version', sql: 'SELECT 1;' }],
    SCHEMA_VERSION: next,
  };
});

const roots: string[] = [];
const apps: RedressApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close().catch(() => undefined);
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const keys = new Map<string, Buffer>();

/** A read-only look inside a closed store: it is encrypted, so under its key (the test password's). */
async function peek<T>(dir: string, sql: string, ...params: unknown[]): Promise<T[]> {
  if (!keys.has(dir)) keys.set(dir, await storeKey(dir));
  const db = openSqlite(join(dir, 'redress.sqlite'), keys.get(dir)!, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('upgrading an old replica (guarantee 7)', () => {
  it('ops the old version kept pending are applied after the upgrade, and it converges with a replica that was new all along', async () => {
    const root = mkdtempSync(join(tmpdir(), 'redress-upgrade-'));
    roots.push(root);
    const share = join(root, 'share');
    mkdirSync(share);
    const oldDir = join(root, 'old');
    const realVersion = SCHEMA_VERSION - 1; // this process runs the newer one

    // The old version (the real CLI) sets up the share and opens a case.
    await cliJson(['init', '--name', 'Old Laptop', '--role', 'administrator', '--data-dir', oldDir]);
    await cliJson(['share', 'init', '--share', share, '--data-dir', oldDir]);
    const opened = await cliJson<{ id: string }>([
      'case',
      'open',
      '--type',
      'complaint',
      '--summary',
      'Leaking roof',
      '--data-dir',
      oldDir,
    ]);
    expect(
      (await peek<{ v: number }>(oldDir, 'SELECT user_version AS v FROM pragma_user_version'))[0]!.v,
    ).toBe(realVersion);
    const created = (
      await peek<{ hlc: string }>(
        oldDir,
        `SELECT hlc FROM changes WHERE entity_id = ? AND op = 'create'`,
        opened.id,
      )
    )[0]!.hlc;

    // A newer installation writes ops under the newer schema.
    const newer = new HandWrittenReplica(
      '01a20000-0000-7000-8000-0000000000e7',
      (p, bytes) => {
        mkdirSync(join(share, p, '..'), { recursive: true });
        writeFileSync(join(share, p), bytes);
      },
      SCHEMA_VERSION,
      Buffer.from(
        (await peek<{ value: string }>(oldDir, `SELECT value FROM meta WHERE key = 'share_key'`))[0]!.value,
        'base64',
      ),
    );
    const t = Date.now() + 5_000;
    newer.hello(t);
    // Approved on the old computer, as an administrator would (Settings → Central share).
    await cliJson(['share', 'approve', newer.rid, '--data-dir', oldDir]);
    const statusOp = {
      h: newer.hlc(t),
      e: 'case',
      k: opened.id,
      o: 'set',
      f: 'status',
      v: 'closed',
      x: 'open',
      p: [created],
    };
    const unknown = {
      h: newer.hlc(t),
      e: 'repair_order',
      k: '01a20000-0000-7000-8000-0000000000ab',
      o: 'create',
      f: null,
      v: { case_id: opened.id },
    };
    newer.segment([statusOp, unknown]);

    // The old version syncs: both kept pending, the case still open.
    await cliJson(['sync', '--share', share, '--data-dir', oldDir]);
    expect(
      (await peek<{ hlc: string }>(oldDir, 'SELECT hlc FROM pending_ops ORDER BY hlc')).map((r) => r.hlc),
    ).toEqual([statusOp.h, unknown.h].sort());
    expect(
      (await peek<{ status: string }>(oldDir, 'SELECT status FROM cases WHERE id = ?', opened.id))[0]!.status,
    ).toBe('open');

    // A replica that was new all along applies the status straight away.
    const fresh = await openRedress({ unlock: TEST_UNLOCK, dataDir: join(root, 'fresh') });
    apps.push(fresh);
    const fs = new NodeShareFs(share);
    const { code } = await cliJson<{ code: string }>(['share', 'code', '--data-dir', oldDir]);
    await joinShare(fresh.context, fs, { deviceLabel: 'New laptop', code });
    await syncOnce(fresh.context, fs);
    expect(fresh.context.sqlite.prepare('SELECT status FROM cases WHERE id = ?').get(opened.id)).toEqual({
      status: 'closed',
    });

    // Upgrade: the same store opened by the newer version.
    const upgraded = await openRedress({ unlock: TEST_UNLOCK, dataDir: oldDir });
    apps.push(upgraded);
    await syncOnce(upgraded.context, fs);
    await syncOnce(fresh.context, fs);
    await syncOnce(upgraded.context, fs);
    expect(
      upgraded.context.sqlite.prepare('SELECT status FROM cases WHERE id = ?').get(opened.id),
      'replayed after the upgrade',
    ).toEqual({ status: 'closed' });
    const stillPending = (
      upgraded.context.sqlite.prepare('SELECT hlc FROM pending_ops').all() as Array<{ hlc: string }>
    ).map((r) => r.hlc);
    expect(stillPending, 'what even the newer version does not know stays kept').toEqual([unknown.h]);
    expect(stateHash(upgraded.context)).toBe(stateHash(fresh.context));
  }, 60_000);
});
