// A representative's consent is recorded with the day it was given, never a day in the future,
// and a date without consent is refused (withdrawing consent clears the date).
import { describe, expect, it } from 'vitest';
import { FUTURE_DATE } from '../../src/shared/complaints/received';
import {
  CONSENT_DATE_NEEDED,
  CONSENT_DATE_WITHOUT_CONSENT,
  consentProblem,
} from '../../src/shared/residents/consent';

const today = '2026-03-10';

describe('consent for a representative', () => {
  it.each([
    ['no consent, no date', false, null, null],
    ['consent given today', true, '2026-03-10', null],
    ['consent given last year', true, '2025-03-10', null],
    ['consent with no date', true, null, CONSENT_DATE_NEEDED],
    ['consent dated tomorrow', true, '2026-03-11', FUTURE_DATE],
    ['a date without consent', false, '2026-03-01', CONSENT_DATE_WITHOUT_CONSENT],
  ] as const)('%s', (_, consent, consentOn, problem) => {
    expect(consentProblem({ consent, consentOn }, today)).toBe(problem);
  });
});
