// One save from a form: busy while it runs, the main side's refusal placed beside the field it is
// about (or at the top of the form), and a short notice when it has saved.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fieldErrorsFrom, messageOf, wasSaved, type FieldErrors } from '../api/errors';

export interface SaveErrors {
  fields: FieldErrors;
  form: string | null;
}

const NONE: SaveErrors = { fields: {}, form: null };

export function useSave(fields: readonly string[]) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<SaveErrors>(NONE);

  async function run<T>(call: () => Promise<T>, done: string, then?: (value: T) => void): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setErrors(NONE);
    try {
      const value = await call();
      notifications.show({ color: 'teal.9', message: done });
      then?.(value);
      return true;
    } catch (error) {
      if (wasSaved(error)) {
        notifications.show({ color: 'yellow.9', title: 'Saved', message: messageOf(error) });
        return true;
      }
      const byField = fieldErrorsFrom(error);
      const placed = Object.fromEntries(Object.entries(byField).filter(([k]) => fields.includes(k)));
      const unplaced = Object.keys(byField).length === Object.keys(placed).length ? null : messageOf(error);
      setErrors({ fields: placed, form: Object.keys(placed).length ? unplaced : messageOf(error) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, run, clear: () => setErrors(NONE) };
}
