import type { localeProcedures } from '../../../shared/contract/locale';
import { readLocale, setLocale } from '../../services/locale';
import type { HandlersFor } from '../types';

export const localeHandlers: HandlersFor<typeof localeProcedures> = {
  'settings.locale': (ctx) => readLocale(ctx),
  'settings.setLocale': (ctx, input) => setLocale(ctx, input),
};
