import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, logoMediaType, logoProblem } from '../../src/shared/letters/logo';

const bytes = (...head: number[]) => new Uint8Array([...head, 1, 2, 3]);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

describe('the letterhead logo', () => {
  it.each([
    ['a PNG', bytes(...PNG), 'image/png'],
    ['a JPEG', bytes(...JPEG), 'image/jpeg'],
    ['a GIF', new TextEncoder().encode('GIF89a....'), null],
    ['a PDF', new TextEncoder().encode('%PDF-1.4'), null],
    ['a PNG cut short', bytes(...PNG.slice(0, 4)), null],
    ['nothing', new Uint8Array(), null],
  ])('%s is recognised by its first bytes', (_what, b, type) => {
    expect(logoMediaType(b)).toBe(type);
  });

  it.each([
    ['logo.png', bytes(...PNG), null],
    ['logo.jpg', bytes(...JPEG), null],
    ['logo.png', new TextEncoder().encode('GIF89a'), /“logo\.png” is not a PNG or JPEG picture/],
    ['logo.png', new Uint8Array(), /“logo\.png” is empty \(0 bytes\)/],
  ])('%s → %s', (name, b, problem) => {
    const found = logoProblem(name, b);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('takes up to 1 MB exactly, and says how big a larger one is', () => {
    const at = new Uint8Array(LOGO_MAX_BYTES);
    at.set(PNG);
    expect(logoProblem('big.png', at)).toBeNull();
    const over = new Uint8Array(LOGO_MAX_BYTES * 2.5);
    over.set(PNG);
    expect(logoProblem('big.png', over)).toBe(
      '“big.png” is 2.5 MB; a logo can be up to 1 MB. Save a smaller copy (a letterhead logo needs about 600 pixels across).',
    );
  });
});
