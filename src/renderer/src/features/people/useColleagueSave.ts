// One save of a colleague: checked first with the contract's schema, then sent; problems placed
// beside their fields (or above them in plain English), the form left as typed.
import { useState } from 'react';
import type { z } from 'zod';
import { AddColleagueInput, UpdateColleagueInput } from '../../../../shared/contract/people';
import type { Colleague } from '../../../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { fieldErrorsFrom, fieldErrorsFromZod, messageOf, type FieldErrors } from '../../api/errors';
import type { ColleagueValues } from './ColleagueFields';

export interface SaveErrors {
  fields: FieldErrors;
  form: string | null;
}

const NONE: SaveErrors = { fields: {}, form: null };
const SHOWN = ['name', 'initials', 'role', 'email', 'phone', 'team', 'password'];

function placed(fields: FieldErrors): SaveErrors {
  const shown = Object.fromEntries(Object.entries(fields).filter(([k]) => SHOWN.includes(k)));
  const rest = Object.entries(fields)
    .filter(([k]) => !SHOWN.includes(k))
    .map(([, m]) => m);
  return { fields: shown, form: rest.length ? rest.join(' ') : null };
}

function localCheck(schema: z.ZodType, input: unknown): SaveErrors {
  const parsed = schema.safeParse(input);
  return parsed.success ? NONE : placed(fieldErrorsFromZod(parsed.error.issues));
}

/** Saves a new colleague (no `id`) or changes to one (`id`); resolves with them, or null. */
export function useColleagueSave() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<SaveErrors>(NONE);

  /** `password`: a new colleague's first password, so they can sign in on this computer. */
  async function save(values: ColleagueValues, id?: string, password = ''): Promise<Colleague | null> {
    if (busy) return null;
    const input = {
      ...values,
      email: values.email || null,
      phone: values.phone || null,
      team: values.team || null,
      ...(!id && password ? { password } : {}),
    };
    const local = id
      ? localCheck(UpdateColleagueInput, { id, ...input })
      : localCheck(AddColleagueInput, input);
    if (local.form || Object.keys(local.fields).length) {
      setErrors(local);
      return null;
    }
    setBusy(true);
    setErrors(NONE);
    try {
      return id ? await api.call('people.update', { id, ...input }) : await api.call('people.add', input);
    } catch (error) {
      const fields = fieldErrorsFrom(error);
      setErrors(Object.keys(fields).length ? placed(fields) : { fields: {}, form: messageOf(error) });
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, save, clear: () => setErrors(NONE) };
}
