// This computer's dates and language: how dates are shown and typed on this installation only
// (a local setting, like the share's folder: it never syncs to the other laptops).
import { z } from 'zod';
import { APP_LOCALES, type AppLocale } from '../domain/locale';
import { EmptyInput } from './inputs';
import { mutation, officers, query } from './procedure';

export const SetLocaleInput = z.object({
  locale: z.enum(APP_LOCALES, { message: 'Choose English (UK) or English (US)' }),
});

export interface LocaleSetting {
  locale: AppLocale;
}

export const localeProcedures = {
  'settings.locale': query<LocaleSetting>()(EmptyInput, officers),
  'settings.setLocale': mutation<LocaleSetting>('local')(SetLocaleInput, officers),
} as const;
