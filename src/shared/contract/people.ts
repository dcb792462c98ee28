// Colleagues to hand work to (Settings → People) and the teams work can be given to. People are
// never deleted: a colleague who leaves is deactivated, so their name stays on the cases they had.
import { password } from './session';
import { z } from 'zod';
import type { Role } from '../domain/vocabulary';
import { roleInput } from '../domain/roles';
import { optionalText, recordId as id, requiredText, text } from '../domain/fields';
import { EmptyInput } from './inputs';
import { administrators, mutation, officers, query } from './procedure';

/** Everyone this store knows, with what letters and residents need to reach them. */
export interface Colleague {
  id: string;
  name: string;
  initials: string;
  role: Role;
  email: string | null;
  phone: string | null;
  team: string | null;
  /** False once deactivated: not offered for new work, still named on the cases they had. */
  active: boolean;
}

export const MAX_TEAMS = 50;

const initials = text(4)
  .regex(/^[A-Za-z]{1,4}$/, { message: 'Initials are one to four letters' })
  .transform((v) => v.toUpperCase());

const email = z
  .string()
  .trim()
  .email({ message: 'Must be an email address, like name@example.org' })
  .max(200)
  .nullable()
  .or(z.literal('').transform(() => null));

const teamName = requiredText(100, 'A team’s name');

export const AddColleagueInput = z.object({
  name: requiredText(160, 'Their name'),
  initials,
  role: roleInput.default('officer'),
  email: email.optional().transform((v) => v ?? null),
  phone: optionalText(40),
  team: optionalText(100),
  /** Their first password, so they can sign in on this computer (they change it once signed in). */
  password: password.optional(),
});

export const UpdateColleagueInput = z
  .object({
    id,
    name: requiredText(160, 'Their name'),
    initials,
    role: roleInput,
    email,
    phone: optionalText(40),
    team: optionalText(100),
    active: z.boolean(),
  })
  .partial()
  .required({ id: true })
  .refine((c) => Object.keys(c).length > 1, { message: 'Nothing to change' });

export const UpdateTeamsInput = z.object({
  teams: z
    .array(teamName)
    .max(MAX_TEAMS, { message: `At most ${MAX_TEAMS} teams` })
    .superRefine((teams, ctx) => {
      const seen = new Set<string>();
      teams.forEach((t, i) => {
        const key = t.toLowerCase();
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: [i], message: `“${t}” is in the list twice` });
        seen.add(key);
      });
    }),
});

export const peopleProcedures = {
  /** Everyone, active or not (a case still names a deactivated colleague), by name. */
  'people.list': query<Colleague[]>()(EmptyInput, officers),
  'people.add': mutation<Colleague>('synced')(AddColleagueInput, administrators('add people')),
  'people.update': mutation<Colleague>('synced')(
    UpdateColleagueInput,
    administrators('change people’s details, roles or whether they are active'),
  ),
  'teams.list': query<string[]>()(EmptyInput, officers),
  'teams.update': mutation<string[]>('synced')(UpdateTeamsInput, administrators('change the teams')),
} as const;
