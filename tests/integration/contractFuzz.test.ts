// A property-based fuzz of the whole contract, through the real dispatch and the structured-clone
// boundary every window's call crosses: random and mutated inputs for every procedure. Each call
// either succeeds, and every value in the store still passes the value rules and every screen
// still opens, or fails with a typed error (never INTERNAL) and changes no row in any table.
//
// CI runs a fixed seed; a longer run: REDRESS_FUZZ_RUNS=20000 REDRESS_FUZZ_SEED=7 npx vitest run tests/integration/contractFuzz.test.ts
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import { fieldValueProblem } from '../../src/main/store/fieldValues';
import { RECORD_KINDS } from '../../src/main/store/registry';
import { contract, ERROR_CODES, type ProcedureName } from '../../src/shared/contract';
import { actAs, tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';
import type { Person } from '../../src/shared/contract';
import { writeExamples, type Example } from '../writeExamples';

const RUNS = Number(process.env.REDRESS_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.REDRESS_FUZZ_SEED ?? 20261202);

let app: RedressApp;
let dir: string;
let remove: () => void;
const examples = new Map<ProcedureName, unknown>();
let officer: Person;

beforeAll(async () => {
  const tmp = tempDir('redress-fuzz-');
  dir = tmp.dir;
  remove = tmp.remove;
  app = await openRedress({ unlock: TEST_UNLOCK, dataDir: join(dir, 'store') });
  const call = async (procedure: ProcedureName, input: unknown) => {
    const r = await app.dispatch(procedure, input);
    if (!r.ok) throw new Error(`${procedure}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  officer = (await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'admin',
  })) as Person;
  // Every write once, for real, so ids exist to aim mutated inputs at.
  for (const example of writeExamples({ app, dir, call }) as Example[]) {
    const input = await example.input();
    examples.set(example.procedure, input);
    // Sharing steps may refuse here (reidentify with no copy on the share): only their inputs matter.
    await app.dispatch(example.procedure, input);
  }
}, 60_000);

afterAll(async () => {
  await app?.close();
  remove?.();
});

/** Every row of every table but the search index (rebuilt from them). */
function everything(): string {
  const db = app.context.sqlite;
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t.name}"`).all()));
}

/** Every stored value of every record kind that breaks the value rules. */
function invalidStoredValues(): string[] {
  const bad: string[] = [];
  for (const kind of Object.values(RECORD_KINDS)) {
    for (const row of app.context.sqlite.prepare(`SELECT * FROM ${kind.table}`).all() as Array<
      Record<string, unknown>
    >)
      for (const field of kind.fields as readonly string[]) {
        const problem = fieldValueProblem(kind.table, field, row[field]);
        if (problem) bad.push(`${kind.table}.${field} = ${JSON.stringify(row[field])}: ${problem}`);
      }
  }
  return bad;
}

const ids = () =>
  (
    app.context.sqlite
      .prepare(
        `SELECT id FROM cases UNION ALL SELECT id FROM residents UNION ALL SELECT id FROM complaint_points UNION ALL SELECT id FROM people`,
      )
      .all() as Array<{ id: string }>
  ).map((r) => r.id);

// What a bad day sends: implausible dates, control characters, wrong types, huge and empty values.
const hostileValue = fc.oneof(
  fc.constantFrom(
    '9999-12-31',
    '1900-01-01',
    '0100-01-01',
    '2026-02-30',
    '+010000-01',
    '2099-12-31',
    '2026-12-02',
    '9999-12-31T10:00:00Z',
    '1970-01-01T00:00:00Z',
    '2026-12-02T10:00:00Z',
    '\u0000',
    '\u001b[2J',
    'Joan \u202eakafO',
    'a\u2066b',
    'line\nbreak',
    '',
    ' ',
    'x'.repeat(20_001),
    'relative/path',
    '../../etc',
    'complaint',
    'upheld',
    'phone',
    'closed',
    'evidence',
    -1,
    0,
    1,
    2,
    1e308,
    Number.NaN,
    true,
    false,
    null,
    undefined,
    [],
    {},
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.constantFrom(...['__proto__', 'constructor']).map((k) => ({ [k]: { polluted: true } })),
);

/** A valid example with one field (at any depth) replaced, removed or added. */
function mutate(input: unknown, path: string[], value: unknown, idPool: string[]): unknown {
  if (path.length === 0 || input === null || typeof input !== 'object') return value;
  const copy: Record<string, unknown> = Array.isArray(input)
    ? ({ ...input } as never)
    : { ...(input as object) };
  const keys = Object.keys(copy);
  const key = keys.length ? keys[Math.abs(hash(path[0]!)) % keys.length]! : path[0]!;
  if (
    path.length === 1 &&
    typeof copy[key] === 'string' &&
    idPool.includes(copy[key] as string) &&
    typeof value === 'number'
  )
    copy[key] = idPool[Math.abs(value) % idPool.length];
  else copy[key] = mutate(copy[key], path.slice(1), value, idPool);
  return copy;
}
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

/**
 * Paths (and export folders) stay inside the test's folder (the fuzz must not create shares or backups elsewhere), and
 * demo data stays small (its size cap is the contract's, tested on its own).
 */
function contain(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input;
  const copy = { ...(input as Record<string, unknown>) };
  if (typeof copy.cases === 'number' && copy.cases > 20) copy.cases = 20;
  if ('path' in copy)
    copy.path =
      typeof copy.path === 'string'
        ? join(dir, 'fuzz', copy.path.replace(/[^a-z0-9]/gi, '').slice(0, 20) || 'p')
        : copy.path;
  if (typeof copy.folder === 'string')
    copy.folder = join(dir, 'fuzz', copy.folder.replace(/[^a-z0-9]/gi, '').slice(0, 20) || 'f');
  return copy;
}

const PROCEDURES = Object.keys(contract) as ProcedureName[];
// A share's folder and the backup files come from the officer's own choice: kept inside the test.
const call = fc.record({
  procedure: fc.constantFrom(...PROCEDURES),
  kind: fc.constantFrom('mutated', 'mutated', 'mutated', 'random'),
  path: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
  value: hostileValue,
  random: fc.anything({ maxDepth: 2 }),
});

describe('the whole contract, fuzzed through the real dispatch', () => {
  it(`answers ${RUNS} random and mutated calls with a result or a typed error, never a half-write`, async () => {
    const codes = new Set<string>(ERROR_CODES);
    const seen = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const example = examples.get(c.procedure) ?? {};
        const raw = c.kind === 'random' ? c.random : mutate(example, c.path, c.value, ids());
        // The structured-clone boundary a window's call crosses (undefined fields, prototypes, …).
        const input = contain(structuredClone(raw));
        const before = everything();
        const result = await app.dispatch(c.procedure, input);
        if (result.ok) {
          seen.ok++;
          expect(invalidStoredValues()).toEqual([]);
        } else {
          seen.refused++;
          expect(codes.has(result.error.code)).toBe(true);
          expect(
            result.error.code,
            `${c.procedure} ${JSON.stringify(input)?.slice(0, 300)}: ${result.error.message}`,
          ).not.toBe('INTERNAL');
          // Sharing steps may have done part of their work (joined, then failed to sync); records may not.
          const properties = contract[c.procedure].properties;
          if (properties.kind === 'mutation' && properties.scope === 'synced')
            expect(everything()).toBe(before);
        }
        // A call that locked the app (session.lock) is followed by the officer signing back in.
        if (!app.context.me) actAs(app, officer);
        // Every screen still opens on whatever is stored.
        for (const screen of ['work.list', 'cases.list', 'attention.list', 'policy.get'] as const) {
          const r = await app.dispatch(screen, {});
          expect(r.ok ? 'ok' : r.error.message).toBe('ok');
        }
        const caseIds = app.context.sqlite
          .prepare('SELECT id FROM cases WHERE deleted_at IS NULL LIMIT 5')
          .pluck()
          .all() as string[];
        for (const id of caseIds) {
          const r = await app.dispatch('cases.get', { idOrReference: id });
          expect(r.ok ? 'ok' : r.error.message).toBe('ok');
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 600_000);
});
