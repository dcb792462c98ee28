// The test tools themselves: the fake share's adversary does what it claims (so a passing sync
// test means something) and is deterministic by seed (so a failing seed replays); and every name
// the engine puts on a share is portable (NTFS, SMB, APFS, OneDrive, Box — catalogue T17).
import { describe, expect, it } from 'vitest';
import { CLEAN, conflictNames, FakeShare } from './fakeShare';
import { Sim } from './harness';
import { Rng } from './rng';

const enc = (s: string) => new TextEncoder().encode(s);

function filled(seed: number) {
  const share = new FakeShare({ seed, conflictCopies: 0.5, tmpLeftovers: 0.5, junk: 0.5 });
  const writer = share.view('writer');
  return { share, writer };
}

describe('the fake share and its adversary', () => {
  it('is deterministic: the same seed gives the same listings, deliveries and failures', async () => {
    const run = async () => {
      const { share, writer } = filled(42);
      for (let i = 0; i < 20; i++)
        await writer.writeNew(
          `replicas/w/seg/${String(i).padStart(10, '0')}-0123456789abcdef.seg`,
          enc(`file ${i}\n`.repeat(20)),
        );
      const reader = share.view('reader', {
        reorder: true,
        hide: 0.3,
        emptyListing: 0.1,
        late: 0.3,
        partial: 0.5,
        flip: 0.2,
        fail: 0.1,
      });
      const trace: string[] = [];
      for (let k = 0; k < 10; k++) {
        try {
          const names = await reader.list('replicas/w/seg');
          trace.push(names.join(','));
          for (const n of names.slice(0, 3))
            trace.push(Buffer.from(await reader.read(`replicas/w/seg/${n}`)).toString('base64'));
        } catch (e) {
          trace.push(String((e as Error).message));
        }
      }
      return { trace, paths: share.paths() };
    };
    expect(await run()).toEqual(await run());
  });

  it('each adversary mode does what it says', async () => {
    const { share, writer } = filled(7);
    const names = Array.from(
      { length: 30 },
      (_, i) => `${String(i + 1).padStart(10, '0')}-0123456789abcdef.seg`,
    );
    for (const n of names) await writer.writeNew(`d/${n}`, enc('x'.repeat(100)));
    expect(await writer.list('d')).toEqual(expect.arrayContaining(names)); // own writes always visible
    await expect(writer.writeNew(`d/${names[0]}`, enc('again'))).rejects.toMatchObject({ code: 'EEXIST' });
    const all = await share.view('clean', CLEAN).list('d');
    expect(all.filter((n) => n.endsWith('.tmp')).length, 'temp leftovers').toBeGreaterThan(0);
    expect(all.filter((n) => /conflict|\(1\)|DESKTOP/.test(n)).length, 'conflicted copies').toBeGreaterThan(
      0,
    );

    const reordered = await share.view('r1', { reorder: true }).list('d');
    expect(reordered).not.toEqual([...reordered].sort());
    expect((await share.view('r2', { hide: 0.5 }).list('d')).length).toBeLessThan(all.length);
    expect(await share.view('r3', { emptyListing: 1 }).list('d')).toEqual([]);
    expect(await share.view('r4', { vanished: 'empty' }).list('d')).toEqual([]);
    await expect(share.view('r5', { vanished: 'throw' }).list('d')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(share.view('r6', { readOnly: true }).writeNew('d/new.seg', enc('x'))).rejects.toMatchObject({
      code: 'EACCES',
    });
    await expect(share.view('r7', { fail: 1 }).read(`d/${names[0]}`)).rejects.toMatchObject({ code: 'EIO' });
    const late = share.view('r8', { late: 1 });
    expect(await late.list('d')).toEqual(all.filter((n) => share.writerOf(`d/${n}`) === 'r8'));
    const flipped = share.view('r9', { flip: 1 });
    expect(Buffer.from(await flipped.read(`d/${names[1]}`)).toString()).not.toBe('x'.repeat(100));
    const vanishing = share.view('r10').failAfter(2);
    await vanishing.list('d');
    await vanishing.list('d');
    await expect(vanishing.list('d')).rejects.toMatchObject({ code: 'EIO' });

    // Partial delivery grows to the whole file over looks, never beyond it.
    const partial = share.view('r11', { partial: 1 });
    const sizes: number[] = [];
    for (let i = 0; i < 30; i++) {
      await partial.list('d');
      sizes.push((await partial.size(`d/${names[2]}`)) ?? -1);
    }
    expect(sizes[0]).toBeLessThan(100);
    expect(sizes[sizes.length - 1]).toBe(100);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(share.foreignRemoves).toEqual([]);
    await share.view('r12').remove(`d/${names[3]}`);
    expect(share.foreignRemoves).toHaveLength(1);
  });

  it('produces the conflicted-copy names the cloud clients use', () => {
    const names = conflictNames('replicas/abc/seg/0000000003-abcdef0123456789.seg', new Rng(1));
    expect(names).toContain('replicas/abc/seg/0000000003-abcdef0123456789 (1).seg');
    expect(names.some((n) => / \(conflicted copy 2026-01-\d\d\)\.seg$/.test(n))).toBe(true);
    expect(names.some((n) => /\.sync-conflict-2026\d{4}-\d{6}-[A-Z2-7]{7}\.seg$/.test(n))).toBe(true);
  });
});

describe('names the engine writes on a share (T17)', () => {
  it('are lowercase ASCII [0-9a-z.-], short, never start with . ~ _, no reserved device names, no case-only clashes', async () => {
    const sim = await Sim.create({ seed: 1700, replicas: 3, share: { kind: 'fake' } });
    try {
      await sim.work(25, { syncRate: 0.5 });
      await sim.quiesce();
      const written = sim.fake!.events.filter((e) => e.call === 'writeNew').map((e) => e.path);
      expect(written.length).toBeGreaterThan(5);
      const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
      const problems: string[] = [];
      for (const path of written) {
        if (path.length >= 100) problems.push(`${path}: ${path.length} characters`);
        for (const part of path.split('/')) {
          if (!/^[0-9a-z.-]+$/.test(part))
            problems.push(`${path}: "${part}" has characters outside [0-9a-z.-]`);
          if (/^[.~_]/.test(part)) problems.push(`${path}: "${part}" starts with . ~ or _`);
          if (/[. ]$/.test(part)) problems.push(`${path}: "${part}" ends with a dot or space`);
          if (RESERVED.test(part)) problems.push(`${path}: "${part}" is a reserved device name`);
        }
      }
      const lower = new Map<string, string>();
      for (const p of sim.fake!.paths()) {
        const k = p.toLowerCase();
        if (lower.has(k) && lower.get(k) !== p) problems.push(`${p} and ${lower.get(k)} differ only by case`);
        lower.set(k, p);
      }
      expect(problems).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
