// This computer's dates and language, kept with its other local settings (the meta table): it
// never syncs, so each officer's laptop shows dates their own way.
import type { LocaleSetting } from '../../shared/contract/locale';
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from '../../shared/domain/locale';
import type { ServiceContext } from '../store/context';
import { readMeta, writeMeta } from './installation';

const KEY = 'locale';

export async function readLocale(ctx: ServiceContext): Promise<LocaleSetting> {
  const stored = await readMeta(ctx.db, KEY);
  return { locale: isAppLocale(stored) ? stored : DEFAULT_LOCALE };
}

export async function setLocale(ctx: ServiceContext, input: { locale: AppLocale }): Promise<LocaleSetting> {
  await writeMeta(ctx.db, KEY, input.locale);
  return readLocale(ctx);
}
