// Guarantee 8 — attachments travel content-addressed (named by SHA-256 in the uploader's own
// folder), are verified by hash on arrival, and a missing one reads as null (the UI's
// placeholder) until it arrives whole: truncated, growing, bit-flipped or forged copies are never
// accepted or cached.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { getBlob, putBlob } from '../../src/main/sync/blobs';
import { blobDir } from '../../src/main/sync/shareFs';
import { CLEAN } from './fakeShare';
import { Sim } from './harness';
import { Rng } from './rng';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

function letter(seed: number, size = 40_000): Uint8Array {
  const rng = new Rng(seed);
  return Uint8Array.from({ length: size }, () => rng.int(256));
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function setUp(seed: number) {
  const sim = await Sim.create({ seed, replicas: 3, adversary: CLEAN, encryption: false });
  sims.push(sim);
  return { sim, a: sim.replicas[0]!, b: sim.replicas[1]!, c: sim.replicas[2]! };
}

describe('attachments (guarantee 8)', () => {
  it('travel under their SHA-256, arrive byte-identical, and are cached once verified', async () => {
    const { sim, a, b } = await setUp(801);
    const bytes = letter(1);
    const hash = await putBlob(a.app.context, a.fs, bytes);
    expect(hash).toBe(sha(bytes));
    expect(sim.fake!.get(`${blobDir(a.rid)}/${hash}.bin`)).toEqual(bytes);
    const got = await getBlob(b.app.context, b.fs, hash);
    expect(got && Buffer.from(got).equals(Buffer.from(bytes))).toBe(true);
    // Cached: available with the share gone.
    const offline = await getBlob(b.app.context, null, hash);
    expect(offline && sha(offline)).toBe(hash);
  });

  it('a missing attachment reads as null (placeholder) until its uploader is back online, then arrives', async () => {
    const { a, b } = await setUp(802);
    const bytes = letter(2);
    const hash = await putBlob(a.app.context, null, bytes); // attached offline
    expect(await getBlob(b.app.context, b.fs, hash)).toBeNull();
    expect(await getBlob(b.app.context, b.fs, hash)).toBeNull();
    await putBlob(a.app.context, a.fs, bytes); // back online: the upload goes out
    const got = await getBlob(b.app.context, b.fs, hash);
    expect(got && sha(got)).toBe(hash);
  });

  it('truncated, growing, bit-flipped and forged copies are never accepted nor cached; the whole one is', async () => {
    const { sim, a, b } = await setUp(803);
    const bytes = letter(3);
    const hash = sha(bytes);
    const path = `${blobDir(a.rid)}/${hash}.bin`;
    const flipped = Uint8Array.from(bytes);
    flipped[1234] = flipped[1234]! ^ 0x10;
    const forged = letter(99, bytes.length);
    for (const bad of [
      new Uint8Array(0),
      bytes.slice(0, 100),
      bytes.slice(0, bytes.length - 1),
      flipped,
      forged,
    ]) {
      sim.fake!.put(path, bad, a.name);
      expect(await getBlob(b.app.context, b.fs, hash), `a copy of ${bad.length} bytes`).toBeNull();
      expect(await getBlob(b.app.context, null, hash), 'nothing bad was cached').toBeNull();
    }
    sim.fake!.put(path, bytes, a.name);
    const got = await getBlob(b.app.context, b.fs, hash);
    expect(got && sha(got)).toBe(hash);
  });

  it('a partial copy at one uploader does not hide a whole copy at another; the same file attached twice is one blob', async () => {
    const { sim, a, b, c } = await setUp(804);
    const bytes = letter(4);
    const ha = await putBlob(a.app.context, a.fs, bytes);
    const hc = await putBlob(c.app.context, c.fs, bytes);
    expect(ha).toBe(hc);
    sim.fake!.put(`${blobDir(a.rid)}/${ha}.bin`, bytes.slice(0, 10), a.name); // a's copy damaged
    const got = await getBlob(b.app.context, b.fs, ha);
    expect(got && sha(got)).toBe(ha);
  });

  it('through a hostile view (partial, late, reordered), it is null or exact — never anything else', async () => {
    const { sim, a, b } = await setUp(805);
    const bytes = letter(5, 120_000);
    const hash = await putBlob(a.app.context, a.fs, bytes);
    const view = sim.fake!.view(`${b.name}-hostile`, { partial: 1, late: 0.4, reorder: true, hide: 0.2 });
    let arrived = false;
    for (let i = 0; i < 12 && !arrived; i++) {
      const got = await getBlob(b.app.context, view, hash);
      if (got) {
        expect(sha(got)).toBe(hash);
        arrived = true;
      }
    }
    expect(arrived, 'a growing file arrives eventually').toBe(true);
  });
});
