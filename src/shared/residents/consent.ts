// A representative acts for a resident only with the resident's consent, and the Code's record
// keeping wants to know when it was given: consent is held with its date, and withdrawing it
// clears the date (an old date must not make withdrawn consent look current).
import type { IsoDate } from '../complaints/calendar';
import { FUTURE_DATE } from '../complaints/received';

export const CONSENT_DATE_NEEDED = 'Give the date the resident gave consent.';
export const CONSENT_DATE_WITHOUT_CONSENT =
  'A consent date needs consent: tick “The resident has given consent” or clear the date.';

export interface Consent {
  consent: boolean;
  consentOn: IsoDate | null;
}

/** Why this consent cannot be recorded, or null when it can. */
export function consentProblem(c: Consent, today: IsoDate): string | null {
  if (!c.consent) return c.consentOn ? CONSENT_DATE_WITHOUT_CONSENT : null;
  if (!c.consentOn) return CONSENT_DATE_NEEDED;
  if (c.consentOn > today) return FUTURE_DATE;
  return null;
}
