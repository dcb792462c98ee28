// A typed client over any transport that can carry (procedure, input) → Result.
import { AppError, type Result } from './errors';
import type { InputOf, OutputOf, ProcedureName } from './index';

export type Transport = (procedure: ProcedureName, input: unknown) => Promise<Result<unknown>>;

export interface Client {
  call<K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(procedure, input) {
      const result = await transport(procedure, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    },
  };
}
