// The convergence suite on a real folder through NodeShareFs: a temp dir (realFolder.test.ts)
// or an SMB mount (smb.test.ts). Same harness as the simulation; no adversary except what the
// file system itself does, plus leftovers and conflicted copies put there by hand.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { checkConverged, seedsFromEnv, Sim, type Replica } from './harness';
import { fifosWork, oversizedFileTest, stalledReadTest } from './stalledShare';

export interface FolderSuiteOptions {
  /** A folder to create each simulation's share in (a fresh sub-folder per run); undefined: the temp dir. */
  root?: string;
  seeds: number;
  /** Extra time per test on slow file systems. */
  timeoutMs?: number;
}

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

export function folderSuite(label: string, o: FolderSuiteOptions): void {
  const share = { kind: 'folder' as const, root: o.root };
  const timeout = o.timeoutMs ?? 60_000;

  describe(`${label}: NodeShareFs basics`, () => {
    it(
      'writes once (EEXIST after), lists a missing folder as empty, leaves no temp file behind',
      async () => {
        const sim = await Sim.create({ seed: 1, replicas: 1, share });
        try {
          const fs = new NodeShareFs(sim.shareRoot!);
          expect(await fs.list('replicas/nobody/seg')).toEqual([]);
          expect(await fs.size('replicas/nobody/x.seg')).toBeNull();
          await expect(fs.read('replicas/nobody/x.seg')).rejects.toMatchObject({ code: 'ENOENT' });
          const bytes = new TextEncoder().encode('{"hello":"share"}\n');
          await fs.mkdirp('replicas/test/seg');
          await fs.writeNew('replicas/test/seg/0000000001-0123456789abcdef.seg', bytes);
          expect(await fs.size('replicas/test/seg/0000000001-0123456789abcdef.seg')).toBe(bytes.length);
          expect(
            Buffer.from(await fs.read('replicas/test/seg/0000000001-0123456789abcdef.seg')).equals(
              Buffer.from(bytes),
            ),
          ).toBe(true);
          await expect(
            fs.writeNew('replicas/test/seg/0000000001-0123456789abcdef.seg', bytes),
          ).rejects.toMatchObject({ code: 'EEXIST' });
          expect(await fs.list('replicas/test/seg')).toEqual(['0000000001-0123456789abcdef.seg']);
          expect(walk(sim.shareRoot!).filter((p) => p.endsWith('.tmp'))).toEqual([]);
          // A name differing only by case (case-insensitive shares: SMB, NTFS, APFS) never overwrites.
          const upper = 'replicas/test/seg/0000000001-0123456789ABCDEF.seg';
          const outcome = await fs.writeNew(upper, new TextEncoder().encode('other bytes\n')).then(
            () => 'written',
            (e: NodeJS.ErrnoException) => e.code,
          );
          expect(['written', 'EEXIST']).toContain(outcome);
          expect(
            Buffer.from(await fs.read('replicas/test/seg/0000000001-0123456789abcdef.seg')).equals(
              Buffer.from(bytes),
            ),
            'the original is untouched',
          ).toBe(true);
          console.info(`${label}: writeNew of a name differing only by case → ${outcome}`);
        } finally {
          await sim.close();
        }
      },
      timeout,
    );
  });

  describe(`${label}: convergence (guarantee 1 on a real folder)`, () => {
    it.each(seedsFromEnv(o.seeds, 1001))(
      'seed %i converges',
      async (seed) => {
        const sim = await Sim.create({ seed, replicas: 2 + (seed % 3), share });
        try {
          await sim.work(30, { syncRate: 0.35 });
          const failure = await checkConverged(sim, await sim.quiesce());
          expect(failure, failure ?? '').toBeNull();
          expect(
            walk(sim.shareRoot!).filter((p) => p.endsWith('.tmp')),
            'no temp files left',
          ).toEqual([]);
        } finally {
          await sim.close();
        }
      },
      timeout,
    );

    it(
      'replicas syncing at the same moment on the same folder converge',
      async () => {
        const sim = await Sim.create({ seed: 1100, replicas: 4, share });
        try {
          for (let round = 0; round < 4; round++) {
            for (const r of sim.replicas) await sim.randomOp(r);
            for (const r of sim.replicas) await sim.randomOp(r);
            const outs = await Promise.all(sim.replicas.map((r) => r.sync()));
            for (const out of outs) expect(out.ok, String(out.error)).toBe(true);
          }
          const failure = await checkConverged(sim, await sim.quiesce());
          expect(failure, failure ?? '').toBeNull();
        } finally {
          await sim.close();
        }
      },
      timeout,
    );

    it(
      'leftover temp files, conflicted copies and OS junk in the folder change nothing',
      async () => {
        const sim = await Sim.create({ seed: 1200, replicas: 3, share });
        try {
          await sim.work(20, { syncRate: 0.5 });
          expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
          const before = sim.hashes();
          const root = sim.shareRoot!;
          for (const rel of walk(root).filter((p) => /\.(seg|json)$/.test(p))) {
            const abs = join(root, rel);
            const base = abs.replace(/\.(seg|json)$/, '');
            const ext = abs.slice(base.length);
            // Written in one go as new files (copyfile fails with EIO through smbnetfs).
            const bytes = readFileSync(abs);
            writeFileSync(`${base} (conflicted copy 2026-01-02)${ext}`, bytes);
            writeFileSync(`${base}.sync-conflict-20260102-101010-ABCDEFG${ext}`, bytes);
            writeFileSync(`${base} (1)${ext}`, bytes);
            writeFileSync(`${abs}.a1b2c3d4.tmp`, 'half a fi');
          }
          for (const r of sim.replicas) {
            const dir = join(root, 'replicas', r.rid);
            if (existsSync(dir)) writeFileSync(join(dir, 'desktop.ini'), '[.ShellClassInfo]\n');
          }
          for (let round = 0; round < 2; round++) for (const r of sim.replicas) await r.mustSync();
          expect(sim.hashes()).toEqual(before);
          for (const r of sim.replicas as Replica[])
            expect((await r.attention()).filter((i) => i.kind === 'unreadable_file')).toEqual([]);
        } finally {
          await sim.close();
        }
      },
      timeout,
    );
  });

  describe(`${label}: a share that stops answering, a file too big to read`, () => {
    it.skipIf(!fifosWork(o.root))(
      'a read that never returns: the app answers meanwhile, the sync ends with "not responding", and once the file is set aside everything syncs again',
      () => stalledReadTest(o.root),
      Math.max(timeout, 60_000),
    );
    it(
      'a 600 MB segment is set aside as unreadable (Needs attention); the rest of the share and this computer’s own changes still sync',
      () => oversizedFileTest(o.root),
      timeout,
    );
  });
}
