// `share gc` and `share migrate` from scripts, in a child process as a landlord's task runs them.
import { afterEach, describe, expect, it } from 'vitest';
import type { ShareGc, ShareMigration } from '../../src/shared/contract/types';
import { cliJson, runCli } from './cli';
import { call, filesIn, Office, segmentsOf, work } from './office';

let office: Office;
afterEach(async () => office?.close());

describe('share gc and share migrate from the command line', () => {
  it('share gc removes what everyone has read; share migrate copies and checks every file, and skips them the second time', async () => {
    office = new Office();
    const x = office.folder('x');
    const a = await office.computer('A');
    const b = await office.computer('B');
    await office.share(x, a, b);
    for (let i = 0; i < 3; i++) {
      await work(a, `a${i}`);
      await call(a, 'sync.folder', { path: x });
    }
    await call(b, 'sync.folder', { path: x });
    await work(b, 'b');
    await call(b, 'sync.folder', { path: x });
    await call(a, 'sync.folder', { path: x });
    const before = segmentsOf(x, a).length;
    await office.release(a);
    const env = { REDRESS_USER: 'A' };

    const gc = await cliJson<ShareGc>(['share', 'gc', '--share', x, '--data-dir', a.dir], env);
    expect(gc.segmentsRemoved).toBe(before - 1);
    expect(gc.bytesFreed).toBeGreaterThan(0);
    expect(gc.kept.length).toBeGreaterThan(0);

    const y = office.folder('y');
    const human = await runCli(['share', 'migrate', '--from', x, '--to', y, '--data-dir', a.dir], env);
    expect(human.code, human.stderr).toBe(0);
    const files = filesIn(x).size;
    expect(human.stdout).toContain(
      `${files} file(s) copied, 0 already there, ${files} of ${files} checked by SHA-256`,
    );
    expect(human.stdout).toContain('share join --share NEW');
    const again = await cliJson<ShareMigration>(
      ['share', 'migrate', '--from', x, '--to', y, '--data-dir', a.dir],
      env,
    );
    expect(again).toMatchObject({ files, copied: 0, skipped: files, verified: files });
  }, 120_000);
});
