// How a procedure is declared: its input schema, its output type, and its properties, all in one
// place. The router reads the properties (who may call it; a synced write nudges sync, a query or
// a local setting does not), so no side list has to be kept in step with the contract.
import type { z } from 'zod';
import { fromRole, type Allow } from '../domain/roles';
import { ROLES } from '../domain/vocabulary';

/**
 * Who may call a procedure: `allow` (the router refuses everyone else, before the handler runs)
 * and, for a procedure not everyone may call, what it does in words that finish "Only managers
 * and administrators can …" — the refusal, the renderer and the role matrix in the docs say it.
 */
export interface Who {
  allow: Allow;
  does?: string;
}

/** Anyone, signed in or not: only what the sign-in screen itself needs. */
export const anyone: Who = { allow: 'anyone' };
/** Everyone signed in: an officer's day-to-day work. */
export const officers: Who = { allow: ROLES };
/** Senior officers, managers and administrators. */
export const seniorOfficers = (does: string): Who => ({ allow: fromRole('senior_officer'), does });
/** Managers and administrators: the landlord's policy, the panel, everyone's work. */
export const managers = (does: string): Who => ({ allow: fromRole('manager'), does });
/** Administrators only: people, keys and the share. */
export const administrators = (does: string): Who => ({ allow: fromRole('admin'), does });

/**
 * What a procedure does to the store and who may call it. A `mutation` either writes records that
 * sync to the other computers (`synced`) or only this computer's own settings and share
 * housekeeping (`local`).
 */
export type Properties = ({ kind: 'query' } | { kind: 'mutation'; scope: 'synced' | 'local' }) &
  Who & {
    /** Only for scripts on this computer (the CLI), never from a window: it names files on disk. */
    scriptsOnly?: true;
  };

export interface Procedure<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
  properties: Properties;
}

/** Reads only; `who` is required, so a new procedure cannot forget to say who may call it. */
export const query =
  <O>() =>
  <I extends z.ZodType>(input: I, who: Who): Procedure<I, O> => ({
    input,
    properties: { kind: 'query', ...who },
  });

/** Writes: `synced` records every computer gets, or `local` settings of this computer only. */
export const mutation =
  <O>(scope: 'synced' | 'local') =>
  <I extends z.ZodType>(input: I, who: Who): Procedure<I, O> => ({
    input,
    properties: { kind: 'mutation', scope, ...who },
  });

/** Marks a procedure as the command line's only (see Properties.scriptsOnly). */
export const scriptsOnly = <I extends z.ZodType, O>(p: Procedure<I, O>): Procedure<I, O> => ({
  ...p,
  properties: { ...p.properties, scriptsOnly: true },
});
