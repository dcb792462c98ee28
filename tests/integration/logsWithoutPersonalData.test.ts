// Logs, error messages and crash reports never contain personal data: a write that fails with an
// error quoting the resident's details (as JSON.parse, a driver or a library may) is logged by its
// kind, code and place only, and the officer is told in plain words without the details either.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeForLog } from '../../src/main/router/logSafe';
import { openTestApp, tempDir } from '../helpers';

const NAME = 'Philomena Zanzibarre';
const PHONE = '07700 911222';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('no personal data in logs or error messages', () => {
  it('a failing write whose error quotes the resident is logged and answered without their details', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.remove);
    const { app } = await openTestApp(tmp.dir);
    cleanups.push(() => app.close());
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    // The store fails the insert with a message quoting the values it was given.
    const sqlite = app.context.sqlite;
    const prepare = sqlite.prepare.bind(sqlite);
    vi.spyOn(sqlite, 'prepare').mockImplementation(((source: string) => {
      const statement = prepare(source);
      if (!/insert into "residents"/i.test(source)) return statement;
      return new Proxy(statement, {
        get(target, key) {
          if (key === 'run' || key === 'all' || key === 'get')
            return (...values: unknown[]) => {
              throw Object.assign(new Error(`constraint failed for values ${JSON.stringify(values)}`), {
                code: 'SQLITE_CONSTRAINT_CHECK',
              });
            };
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as typeof sqlite.prepare);

    const result = await app.dispatch('residents.create', { name: NAME, phone: PHONE });
    expect(result.ok).toBe(false);
    expect(logged.length).toBeGreaterThan(0);
    const everything = [...logged, JSON.stringify(result)].join('\n');
    expect(everything).not.toContain('Zanzibarre');
    expect(everything).not.toContain('Philomena');
    expect(everything).not.toContain('911222');
    // What is logged still says what failed and where.
    expect(logged.join('\n')).toMatch(/residents\.create failed: Error \(SQLITE_CONSTRAINT_CHECK\)/);
    expect(logged.join('\n')).toMatch(/ at /);
  });

  it('JSON.parse quotes what it could not read; the log line does not', () => {
    let caught: unknown;
    try {
      JSON.parse(`${NAME} ${PHONE}`);
    } catch (error) {
      caught = error;
    }
    expect(String((caught as Error).message)).toContain('Philomena'); // the hazard is real
    const line = describeForLog(caught);
    expect(line).toMatch(/^SyntaxError/);
    expect(line).not.toContain('Philomena');
  });
});
