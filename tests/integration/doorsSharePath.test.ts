// The share's folder is named by its full path. The domain runs in a process whose working
// folder the caller did not choose, so a relative path was resolved against that folder and
// quietly meant somewhere else; now the contract refuses it, and the CLI, which takes the
// folder from a person at a prompt, makes it absolute itself.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callProcedure } from '../../src/main/router/rpc';
import { isAbsoluteFolder } from '../../src/shared/contract/folderPath';
import { ConnectShareInput } from '../../src/shared/contract/inputs';
import { cliChild } from './storeTools/run';
import { openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('share folders are full paths', () => {
  it('tells full paths from relative ones, POSIX and Windows alike', () => {
    for (const p of [
      '/mnt/share',
      '/',
      'C:\\Shares\\x',
      'c:/shares',
      '\\\\server\\complaints',
      '//server/share',
    ])
      expect(isAbsoluteFolder(p), p).toBe(true);
    for (const p of ['share', './share', '../share', 'C:share', '\\\\server', '~/share', ''])
      expect(isAbsoluteFolder(p), p).toBe(false);
    // The renderer's form checks with the same schema, so it says so before sending.
    const parsed = ConnectShareInput.safeParse({ path: 'share', create: true });
    expect(parsed.success).toBe(false);
  });

  it('share.connect, share.join, share.snapshot, sync.folder and share.newIdentity refuse a relative path, touching nothing', async () => {
    const root = tempDir('redress-sharepath-');
    cleanups.push(root.remove);
    const { app, call } = await openTestApp(join(root.dir, 'store'));
    cleanups.push(() => app.close());
    const calls: Array<[string, unknown]> = [
      ['share.connect', { path: 'relative-share', create: true }],
      ['share.join', { path: './relative-share', create: true }],
      ['share.snapshot', { path: 'relative-share' }],
      ['sync.folder', { path: '../relative-share' }],
      ['share.newIdentity', { path: 'relative-share' }],
    ];
    for (const [procedure, input] of calls) {
      const result = await app.dispatch(procedure, input);
      expect(result.ok, procedure).toBe(false);
      if (!result.ok) {
        expect(result.error.code, procedure).toBe('VALIDATION');
        expect(result.error.message, procedure).toMatch(/full path of the folder/);
        expect(result.error.details?.issues?.[0]?.path).toBe('path');
      }
    }
    // And through the window's channel too.
    const fromWindow = await callProcedure(app.dispatch, {
      procedure: 'share.connect',
      input: { path: 'relative-share', create: true },
    });
    expect(fromWindow).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(existsSync(join(process.cwd(), 'relative-share'))).toBe(false);
    expect((await call('share.status', {})).path).toBeNull();

    // A full path still works.
    const share = join(root.dir, 'share');
    mkdirSync(share);
    const status = await call('share.connect', { path: share, create: true, deviceLabel: null });
    expect(status.path).toBe(share);
  });

  it('the CLI makes `--share ./x` absolute from the folder it runs in, so scripts keep working', async () => {
    const root = tempDir('redress-sharepath-cli-');
    cleanups.push(root.remove);
    mkdirSync(join(root.dir, 'share'));
    const dataDir = join(root.dir, 'store');
    const run = (...args: string[]) => cliChild(args, { REDRESS_DATA_DIR: dataDir }, root.dir);
    expect((await run('init', '--name', 'Priya Shah', '--role', 'administrator')).code).toBe(0);
    const init = await run('share', 'init', '--share', './share', '--json');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ status: { path: join(root.dir, 'share') } });
    expect(readdirSync(join(root.dir, 'share')).length).toBeGreaterThan(0);
    const sync = await run('sync', 'share', '--json');
    expect(sync.code).toBe(0);
  }, 60_000);
});
