import type { OutputOf, ParsedInputOf, ProcedureName, Result } from '../../shared/contract';
import type { ServiceContext } from '../store/context';

/** What an in-process caller may add to a call: the CLI shows a long job's progress. */
export interface CallOptions {
  onProgress?: (done: number, total: number) => void;
}

/** One entry point for every front door (Electron IPC, the local host, the CLI). */
export type Dispatch = (procedure: string, input: unknown, options?: CallOptions) => Promise<Result<unknown>>;

/**
 * The handlers for one slice of the contract: TypeScript insists each of its procedures has one,
 * taking the parsed input and returning the contract's output.
 */
export type HandlersFor<Slice> = {
  [K in keyof Slice & ProcedureName]: (
    ctx: ServiceContext,
    input: ParsedInputOf<K>,
    options: CallOptions,
  ) => Promise<OutputOf<K>>;
};
