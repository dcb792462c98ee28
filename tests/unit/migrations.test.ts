// A migration must build the same schema and data forever, so it may not read anything that can
// change after it ships (the Code's policy object, vocabulary lists, calendars…): only the database
// libraries, type-only imports, and the other migrations beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '../../src/main/db/migrations');
const ALLOWED_MODULES = new Set(['kysely', 'better-sqlite3']);

/** Every module specifier a file loads at run time: static imports and re-exports, dynamic import(), require(). */
function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const statements = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gms;
  for (const m of source.matchAll(statements)) {
    const typeOnly = Boolean(m[2]) || /^\{\s*(type\s+[^,}]+\s*,?\s*)+\}$/.test(m[3]!.trim());
    if (!typeOnly) found.push(m[4]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

const allowed = (specifier: string) => ALLOWED_MODULES.has(specifier) || /^\.\/[\w-]+$/.test(specifier); // a sibling migration

describe('migrations are frozen', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it('finds the migrations', () => {
    expect(files).toContain('004_complaints.ts');
  });

  it.each(files)('%s imports nothing that can change later', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    expect(runtimeImports(source).filter((s) => !allowed(s))).toEqual([]);
  });

  it('the check sees the imports it must refuse', () => {
    const offending = [
      "import { CODE_POLICY } from '../../../shared/complaints/policy';",
      "import { CASE_TYPES, type CaseType } from '../../../shared/domain/vocabulary';",
      "export { REGIONS } from '../../../shared/complaints/calendar';",
      "import '../../calendars';",
      "const { bankHolidays } = require('../../calendars');",
      "const m = await import('../../calendars');",
    ];
    for (const line of offending) expect(runtimeImports(line).filter((s) => !allowed(s))).toHaveLength(1);
    const fine = [
      "import type { Kysely } from 'kysely';",
      "import { type Database } from '../schema';",
      "import Database from 'better-sqlite3';",
      "import { complaints } from './004_complaints';",
    ];
    for (const line of fine) expect(runtimeImports(line).filter((s) => !allowed(s))).toEqual([]);
  });
});
