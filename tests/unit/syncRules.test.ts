import { describe, expect, it } from 'vitest';
import { heads, isTooFarAhead, wins } from '../../src/shared/sync/merge';
import {
  decodeSegment,
  encodeSegment,
  parseSegmentName,
  segmentName,
  SegmentError,
} from '../../src/main/sync/segment';
import type { Op } from '../../src/main/sync/ops';

const rid = '01a20000-0000-7000-8000-000000000001';
const op = (h: string, v: unknown): Op => ({
  h,
  r: rid,
  a: null,
  e: 'case',
  k: 'k1',
  o: 'set',
  f: 'status',
  v,
  x: null,
  p: [],
  sv: 2,
});
const h = (n: number) => `2026-01-01T00:00:00.00${n}Z-0000-0123456789abcdef`;

describe('merge rules', () => {
  it('last writer wins by clock value', () => {
    expect(wins(h(2), h(1))).toBe(true);
    expect(wins(h(1), h(2))).toBe(false);
    expect(wins(h(1), null)).toBe(true);
  });

  it('finds the heads of a field: changes nobody has seen', () => {
    expect(heads([{ hlc: 'c', prev: [] }])).toEqual(['c']);
    expect(
      heads([
        { hlc: 'c', prev: [] },
        { hlc: 's1', prev: ['c'] },
        { hlc: 's2', prev: ['s1'] },
      ]),
    ).toEqual(['s2']);
    expect(
      heads([
        { hlc: 'c', prev: [] },
        { hlc: 'a', prev: ['c'] },
        { hlc: 'b', prev: ['c'] },
      ]),
    ).toEqual(['a', 'b']);
    expect(
      heads([
        { hlc: 'c', prev: [] },
        { hlc: 'a', prev: ['c'] },
        { hlc: 'b', prev: ['c'] },
        { hlc: 'r', prev: ['a', 'b'] },
      ]),
    ).toEqual(['r']);
  });

  it('holds changes stamped more than a day ahead of this computer', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(isTooFarAhead(now + 60 * 60 * 1000, now)).toBe(false);
    expect(isTooFarAhead(now + 25 * 60 * 60 * 1000, now)).toBe(true);
  });
});

describe('segment files', () => {
  const { bytes, sha256 } = encodeSegment({ kind: 'segment', rid, seq: 3, schema: 2, vv: {} }, [
    op(h(1), 'open'),
    op(h(2), 'closed'),
  ]);
  const name = segmentName(3, sha256);
  const expect3 = { rid, seq: 3, hash16: parseSegmentName(name)!.hash16 };

  it('round-trips, named by sequence and content hash', () => {
    expect(name).toMatch(/^0000000003-[0-9a-f]{16}\.seg$/);
    expect(decodeSegment(bytes, expect3).ops.map((o) => o.v)).toEqual(['open', 'closed']);
  });

  it('ignores names that are not segments: temp files and conflicted copies', () => {
    for (const n of [
      `${name}.a1b2c3d4.tmp`,
      name.replace('.seg', ' (conflicted copy 2026-01-02).seg'),
      name.replace('.seg', ' (1).seg'),
      `.sync-conflict-${name}`,
      name.toUpperCase(),
    ]) {
      expect(parseSegmentName(n)).toBeNull();
    }
  });

  it.each([
    ['empty', () => new Uint8Array()],
    ['truncated at every tenth byte', () => bytes.subarray(0, Math.floor(bytes.length * 0.7))],
    ['missing its last byte', () => bytes.subarray(0, bytes.length - 1)],
    ['with one bit flipped', () => Uint8Array.from(bytes, (b, i) => (i === 120 ? b ^ 4 : b))],
  ])('rejects a file %s, as a whole', (_label, make) => {
    expect(() => decodeSegment(make(), expect3)).toThrow(SegmentError);
  });

  it('rejects a file under another name or place', () => {
    expect(() => decodeSegment(bytes, { ...expect3, seq: 4 })).toThrow(/not where its header says/);
    expect(() => decodeSegment(bytes, { ...expect3, hash16: '0'.repeat(16) })).toThrow(/name does not match/);
  });
});
