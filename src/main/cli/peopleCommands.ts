// Colleagues from scripts: list, add (prints the new id, for `case assign --handler`), deactivate
// and reactivate — the same procedures as Settings → People.
import { randomInt } from 'node:crypto';
import type { Colleague } from '../../shared/contract';
import { ROLES, type Role } from '../../shared/domain/vocabulary';
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

function role(f: Flags): Role | undefined {
  const r = f.string('role');
  if (r !== undefined && !(ROLES as readonly string[]).includes(r))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}, not "${r}"`);
  return r as Role | undefined;
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

  'people deactivate': setActive(false),
  'people reactivate': setActive(true),
};

export const PEOPLE_USAGE = `  people list [--json]
  people add --name N --initials I [--role officer|manager|admin] [--email E] [--phone P] [--team T]   prints the id (and their first password, once)
  people deactivate PERSON-ID                         not offered for new work; still named on their cases
  people reactivate PERSON-ID`;
