import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from '../../src/shared/domain/hlc';

const node = '0123456789abcdef';

describe('hybrid logical clock', () => {
  it('formats so that string order is time order', () => {
    const a = formatHlc({ millis: Date.UTC(2026, 0, 1), counter: 0xff, node });
    const b = formatHlc({ millis: Date.UTC(2026, 0, 1), counter: 0x100, node });
    const c = formatHlc({ millis: Date.UTC(2026, 0, 1, 0, 0, 0, 1), counter: 0, node });
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(parseHlc(b)).toEqual({ millis: Date.UTC(2026, 0, 1), counter: 0x100, node });
  });

  it('never goes backwards when the wall clock does', () => {
    let clock = { millis: 0, counter: 0, node };
    const issued: string[] = [];
    for (const now of [1000, 1000, 999, 500, 1001, 1001, 2000, 10]) {
      clock = tickHlc(clock, now);
      issued.push(formatHlc(clock));
    }
    expect(new Set(issued).size).toBe(issued.length);
    expect([...issued].sort()).toEqual(issued);
  });

  it('moves past a value received from another installation', () => {
    const local = { millis: 1000, counter: 3, node };
    const remote = { millis: 5000, counter: 7, node: 'fedcba9876543210' };
    const after = receiveHlc(local, remote, 2000);
    expect(after).toEqual({ millis: 5000, counter: 8, node });
    expect(formatHlc(tickHlc(after, 2000)) > formatHlc(remote)).toBe(true);
  });

  it('rolls the counter into the next millisecond rather than overflowing', () => {
    expect(tickHlc({ millis: 5, counter: 0xffff, node }, 5)).toEqual({ millis: 6, counter: 0, node });
  });

  it('rejects text that is not a clock value', () => {
    expect(() => parseHlc('yesterday')).toThrow(/Not a clock value/);
  });
});
