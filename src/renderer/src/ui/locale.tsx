// This computer's dates and language (Settings › Dates and language): read once at start, applied
// to every date shown (ui/dates, ui/format) and typed (DateField), and to the calendars' day names
// and first day of the week.
import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type AppLocale } from '../../../shared/domain/locale';
import { useApi } from '../api/ApiContext';
import { showDatesIn } from './dates';

interface LocaleValue {
  locale: AppLocale;
  /** Saves the setting on this computer, then shows every date the new way. */
  change: (locale: AppLocale) => Promise<void>;
  /** The screens were just drawn again after a change (so the setting can take focus back). */
  justChanged: boolean;
}

const LocaleContext = createContext<LocaleValue>({
  locale: DEFAULT_LOCALE,
  change: async () => {},
  justChanged: false,
});

const CALENDAR: Record<AppLocale, { locale: string; firstDayOfWeek: 0 | 1 }> = {
  'en-GB': { locale: 'en-gb', firstDayOfWeek: 1 },
  'en-US': { locale: 'en', firstDayOfWeek: 0 },
};

export function LocaleProvider({ enabled = true, children }: { enabled?: boolean; children: ReactNode }) {
  const api = useApi();
  const [locale, setLocale] = useState<AppLocale | null>(enabled ? null : DEFAULT_LOCALE);
  const [justChanged, setJustChanged] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    api.call('settings.locale', {}).then(
      (s) => !cancelled && setLocale(s.locale),
      // Not readable (no key, a store that will not open): the app says why; dates stay British.
      () => !cancelled && setLocale(DEFAULT_LOCALE),
    );
    return () => {
      cancelled = true;
    };
  }, [api, enabled]);

  if (locale === null) return null;
  showDatesIn(locale);
  dayjs.locale(CALENDAR[locale].locale);
  const change = async (next: AppLocale) => {
    const saved = await api.call('settings.setLocale', { locale: next });
    setJustChanged(true);
    setLocale(saved.locale);
  };
  return (
    <LocaleContext.Provider value={{ locale, change, justChanged }}>
      {/* No weekend days: Mantine writes them in a red too faint to read (3.3:1). */}
      <DatesProvider settings={{ ...CALENDAR[locale], weekendDays: [] }}>
        {/* Remounted on a change, so every date on screen is written again the new way. */}
        <Fragment key={locale}>{children}</Fragment>
      </DatesProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
