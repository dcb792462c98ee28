import { describe, expect, it } from 'vitest';
import { Flags, parseArgs } from '../../src/main/cli/args';
import { resolveDataDir } from '../../src/main/dataDir';

describe('choosing the data directory', () => {
  it('prefers --data-dir, then REDRESS_DATA_DIR, then the default', () => {
    expect(resolveDataDir(['--data-dir', '/a'], { REDRESS_DATA_DIR: '/b' }, '/c')).toBe('/a');
    expect(resolveDataDir(['--data-dir=/a'], {}, '/c')).toBe('/a');
    expect(resolveDataDir([], { REDRESS_DATA_DIR: '/b' }, '/c')).toBe('/b');
    expect(resolveDataDir([], {}, '/c')).toBe('/c');
    expect(() => resolveDataDir(['--data-dir'], {})).toThrow(/needs a folder/);
  });
});

describe('CLI arguments', () => {
  it('reads positionals, values and switches, and reports flags nobody asked for', () => {
    const { positional, flags } = parseArgs([
      'case',
      'open',
      '--type',
      'complaint',
      '--summary=Damp',
      '--vulnerable',
      '--oops',
      'x',
    ]);
    expect(positional).toEqual(['case', 'open']);
    const f = new Flags(flags);
    expect(f.string('type')).toBe('complaint');
    expect(f.string('summary')).toBe('Damp');
    expect(f.bool('vulnerable')).toBe(true);
    expect(() => f.rejectUnknown()).toThrow('Unknown option: --oops');
    expect(() => new Flags(parseArgs(['--limit', 'ten']).flags).int('limit')).toThrow(/whole number/);
  });
});
