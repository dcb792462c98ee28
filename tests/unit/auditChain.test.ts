// The chain walk (shared/audit/chain.ts): which entry is named, and how, for each way a chain can
// be broken. A toy hash keeps the table readable; the store uses SHA-256 (store/auditChain.ts).
import { describe, expect, it } from 'vitest';
import { chainProblems, type ChainEntry } from '../../src/shared/audit/chain';

const hash = (previous: string, position: number, content: string) => `${previous}|${position}:${content}`;

/** A genuine chain of entries with these contents. */
function chain(...contents: string[]): ChainEntry[] {
  const out: ChainEntry[] = [];
  let previous = '';
  contents.forEach((content, i) => {
    const e = { pos: i + 1, content, hash: hash(previous, i + 1, content) };
    out.push(e);
    previous = e.hash;
  });
  return out;
}

const kinds = (entries: ChainEntry[]) => chainProblems(entries, hash).map((p) => `${p.kind}@${p.position}`);

describe('the chain walk', () => {
  it.each<[string, (c: ChainEntry[]) => ChainEntry[], string[]]>([
    ['untouched', (c) => c, []],
    ['in any order', (c) => [...c].reverse(), []],
    ['empty', () => [], []],
    ['content altered', (c) => c.map((e) => (e.pos === 3 ? { ...e, content: 'x' } : e)), ['altered@3']],
    ['first entry altered', (c) => c.map((e) => (e.pos === 1 ? { ...e, content: 'x' } : e)), ['altered@1']],
    ['moved to another position', (c) => c.map((e) => (e.pos === 5 ? { ...e, pos: 6 } : e)), ['removed@5']],
    ['one removed', (c) => c.filter((e) => e.pos !== 2), ['removed@2']],
    ['several removed', (c) => c.filter((e) => e.pos < 2 || e.pos > 4), ['removed@2']],
    ['the first removed', (c) => c.filter((e) => e.pos !== 1), ['removed@1']],
    ['a copy inserted at a taken position', (c) => [...c, { ...c[2]!, content: 'forged' }], ['inserted@3']],
    ['an entry at position 0', (c) => [...c, { pos: 0, hash: 'h', content: 'x' }], ['inserted@0']],
    [
      'one altered and one removed',
      (c) => c.filter((e) => e.pos !== 4).map((e) => (e.pos === 2 ? { ...e, content: 'x' } : e)),
      ['altered@2', 'removed@4'],
    ],
  ])('%s', (_name, tamper, expected) => {
    expect(kinds(tamper(chain('a', 'b', 'c', 'd', 'e')))).toEqual(expected);
  });

  it('an altered entry whose hash was recomputed is caught at the next entry', () => {
    const c = chain('a', 'b', 'c');
    const forged = { ...c[1]!, content: 'x', hash: hash(c[0]!.hash, 2, 'x') };
    expect(kinds([c[0]!, forged, c[2]!])).toEqual(['altered@3']);
  });

  it('says how many entries went missing, in words', () => {
    const c = chain('a', 'b', 'c', 'd', 'e');
    expect(chainProblems([c[0]!, c[4]!], hash)[0]!.detail).toBe('Entries 2 to 4 are missing (3 entries).');
  });
});
