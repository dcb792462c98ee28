// callProcedure: the shape check and error mapping shared by the local host and the domain process.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/contract/errors';
import { callProcedure } from '../../src/main/router/rpc';

describe('callProcedure', () => {
  it('passes procedure and input to dispatch', async () => {
    const seen: unknown[] = [];
    const result = await callProcedure(
      async (procedure, input) => {
        seen.push(procedure, input);
        return { ok: true, value: 42 };
      },
      { procedure: 'app.status', input: { a: 1 } },
    );
    expect(result).toEqual({ ok: true, value: 42 });
    expect(seen).toEqual(['app.status', { a: 1 }]);
  });

  it('rejects messages without a procedure name', async () => {
    for (const message of [null, 'app.status', [], {}, { procedure: 7 }, { procedure: '' }]) {
      const result = await callProcedure(async () => ({ ok: true, value: 1 }), message);
      expect(result.ok, JSON.stringify(message)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
  });

  it('turns a thrown AppError into its payload and anything else into INTERNAL without details', async () => {
    const app = await callProcedure(
      async () => {
        throw new AppError('NOT_FOUND', 'No such case');
      },
      { procedure: 'cases.get', input: {} },
    );
    expect(app).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No such case' } });

    const original = console.error;
    console.error = () => {};
    try {
      const other = await callProcedure(
        async () => {
          throw new Error('SQLITE_CORRUPT at /secret/path');
        },
        { procedure: 'cases.get', input: {} },
      );
      expect(other.ok).toBe(false);
      if (!other.ok) {
        expect(other.error.code).toBe('INTERNAL');
        expect(other.error.message).not.toContain('/secret/path');
      }
    } finally {
      console.error = original;
    }
  });
});
