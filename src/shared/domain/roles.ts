// The role ladder and who may do what, in plain words: the contract declares each procedure's
// roles with these, the router refuses others with `forbiddenMessage`, and the renderer and the
// role matrix in the docs use the same sentences.
import { z } from 'zod';
import { ROLES, type Role } from './vocabulary';

/** Who may call a procedure: anyone (even signed out), or the roles listed. */
export type Allow = 'anyone' | readonly Role[];

/** Every role from `lowest` up the ladder. */
export function fromRole(lowest: Role): readonly Role[] {
  return ROLES.slice(ROLES.indexOf(lowest));
}

/** Whether `role` is `lowest` or above it on the ladder. */
export const isAtLeast = (role: Role, lowest: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(lowest);

/** Whether someone with `role` (null: nobody signed in) may call a procedure that allows `allow`. */
export function mayCall(allow: Allow, role: Role | null): boolean {
  if (allow === 'anyone') return true;
  return role !== null && allow.includes(role);
}

/** Stage 2 is handled by a senior officer or above (and never by the stage 1 handler). */
export const mayHandleStage2 = (role: Role): boolean => isAtLeast(role, 'senior_officer');

/** Seeing another officer's work list (My work for someone else) is for managers and above. */
export const mayViewWorkOf = (me: { id: string; role: Role }, ownerId: string): boolean =>
  ownerId === me.id || isAtLeast(me.role, 'manager');

export const OTHERS_WORK_REFUSAL = 'Only managers and administrators can see another officer’s work.';

const PLURALS: Record<Role, string> = {
  officer: 'officers',
  senior_officer: 'senior officers',
  manager: 'managers',
  admin: 'administrators',
};

/** "managers and administrators", "everyone signed in", "anyone". */
export function whoMay(allow: Allow): string {
  if (allow === 'anyone') return 'anyone';
  const roles = ROLES.filter((r) => allow.includes(r));
  if (roles.length === ROLES.length) return 'everyone signed in';
  const words = roles.map((r) => PLURALS[r]);
  if (words.length <= 1) return words[0] ?? 'nobody';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 'Only managers and administrators can change the complaints policy.' */
export function forbiddenMessage(allow: Allow, does: string | undefined): string {
  return `Only ${whoMay(allow)} can ${does ?? 'do this'}.`;
}

/** The Role matrix's column header words: 'Everyone signed in', 'Managers and administrators'. */
export const whoMayHeading = (allow: Allow): string => capitalised(whoMay(allow));

/**
 * A role as typed by a person (the CLI's `--role administrator`): the stored value, its label, or
 * the usual short forms. Anything else is left as it was, for the enum to refuse with its list.
 */
export function roleFromWords(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const aliases: Record<string, Role> = {
    administrator: 'admin',
    senior: 'senior_officer',
    senior_complaints_officer: 'senior_officer',
    complaints_officer: 'officer',
  };
  return aliases[key] ?? ((ROLES as readonly string[]).includes(key) ? key : value);
}

/** A role in a contract input: the stored values and their aliases ("administrator", "senior-officer"). */
export const roleInput = z.preprocess(
  roleFromWords,
  z.enum(ROLES, { message: `A role is one of: ${ROLES.join(', ')} (or administrator, senior-officer)` }),
);
