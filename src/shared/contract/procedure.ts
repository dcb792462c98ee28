// How a procedure is declared: its input schema, its output type, and its properties, all in one
// place. The router reads the properties (a synced write nudges sync; a query or a local setting
// does not), so no side list has to be kept in step with the contract.
import type { z } from 'zod';

/**
 * What a procedure does to the store. A `mutation` either writes records that sync to the other
 * computers (`synced`) or only this computer's own settings and share housekeeping (`local`).
 * Who may call it (roles) belongs here too when the contract needs it.
 */
export type Properties = ({ kind: 'query' } | { kind: 'mutation'; scope: 'synced' | 'local' }) & {
  /** Only for scripts on this computer (the CLI), never from a window: it names files on disk. */
  scriptsOnly?: true;
};

export interface Procedure<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
  properties: Properties;
}

/** Reads only. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I): Procedure<I, O> => ({ input, properties: { kind: 'query' } });

/** Writes: `synced` records every computer gets, or `local` settings of this computer only. */
export const mutation =
  <O>(scope: 'synced' | 'local') =>
  <I extends z.ZodType>(input: I): Procedure<I, O> => ({ input, properties: { kind: 'mutation', scope } });

/** Marks a procedure as the command line's only (see Properties.scriptsOnly). */
export const scriptsOnly = <I extends z.ZodType, O>(p: Procedure<I, O>): Procedure<I, O> => ({
  ...p,
  properties: { ...p.properties, scriptsOnly: true },
});
