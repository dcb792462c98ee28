import type { Result } from '../../shared/contract';

/** One entry point for every front door (Electron IPC, the local host, the CLI). */
export type Dispatch = (procedure: string, input: unknown) => Promise<Result<unknown>>;
