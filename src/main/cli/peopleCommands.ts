// Colleagues from scripts: list, add (prints the new id, for `case assign --handler`), change a
// role, deactivate and reactivate — the same procedures as Settings → People (administrators only).
import { randomInt } from 'node:crypto';
import type { Colleague } from '../../shared/contract';
import { roleFromWords } from '../../shared/domain/roles';
import { ROLE_LABELS, ROLES, type Role } from '../../shared/domain/vocabulary';
import { UsageError, type Flags } from './args';
import { call, print, type Command } from './io';

function colleagueLine(c: Colleague): string {
  const contact = [c.email, c.phone].filter(Boolean).join(', ');
  return [c.id, `${c.name} (${c.initials})`, c.role, c.team ?? '', contact, c.active ? '' : 'DEACTIVATED']
    .filter(Boolean)
    .join('  ');
}

/** 4 groups of 4 letters and digits that are hard to misread: about 80 bits. */
function firstPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => letters[randomInt(letters.length)]).join(''),
  ).join('-');
}

/** How a role is typed on the command line: `senior-officer`, `administrator` and the stored words. */
const ROLE_WORDS = 'officer, senior-officer, manager, administrator';

function role(f: Flags): Role | undefined {
  const r = f.string('role');
  if (r === undefined) return undefined;
  const known = roleFromWords(r);
  if (!(ROLES as readonly unknown[]).includes(known))
    throw new UsageError(`--role must be one of ${ROLE_WORDS}, not "${r}"`);
  return known as Role;
}

function setActive(active: boolean): Command {
  return async (app, f, p, io) => {
    const id = p[0];
    if (!id)
      throw new UsageError(`Give the person's id, e.g. people ${active ? 'reactivate' : 'deactivate'} 0193…`);
    f.rejectUnknown();
    const c = await call(app, 'people.update', { id, active });
    print(
      io,
      c,
      () =>
        `${c.name} is ${active ? 'active again: they can be given new work' : 'deactivated: not offered for new work, still named on their cases'}.`,
    );
  };
}

export const peopleCommands: Record<string, Command> = {
  async 'people list'(app, f, _p, io) {
    f.rejectUnknown();
    const people = await call(app, 'people.list', {});
    print(io, people, () => people.map(colleagueLine).join('\n'));
  },

  async 'people add'(app, f, _p, io) {
    const input = {
      name: f.required('name', '"Tom Reid"'),
      initials: f.required('initials', 'TR'),
      role: role(f),
      email: f.string('email'),
      phone: f.string('phone'),
      team: f.string('team'),
      // So they can sign in on this computer: given to them once, changed when they first sign in.
      password: firstPassword(),
    };
    f.rejectUnknown();
    const c = await call(app, 'people.add', input);
    if (!io.json)
      io.progress(
        `First password for ${c.name}: ${input.password} — give it to them in person; they change it after signing in.`,
      );
    print(io, { ...c, firstPassword: input.password }, () => c.id);
  },

  async 'people role'(app, f, p, io) {
    const id = p[0];
    if (!id) throw new UsageError("Give the person's id, e.g. people role 0193… --role manager");
    const given = role(f);
    if (!given) throw new UsageError(`--role is required: one of ${ROLE_WORDS}`);
    f.rejectUnknown();
    const c = await call(app, 'people.update', { id, role: given });
    print(io, c, () => `${c.name} is now: ${ROLE_LABELS[c.role]}.`);
  },

  'people deactivate': setActive(false),
  'people reactivate': setActive(true),
};

export const PEOPLE_USAGE = `  people list [--json]
  people add --name N --initials I [--role R] [--email E] [--phone P] [--team T]   prints the id (and their first password, once)
  people role PERSON-ID --role R                      R: officer, senior-officer, manager, administrator
  people deactivate PERSON-ID                         not offered for new work; still named on their cases
  people reactivate PERSON-ID`;
