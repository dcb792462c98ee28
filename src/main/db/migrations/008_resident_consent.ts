// The date a resident's representative was given consent to act for them (issue 12): consent is
// recorded with the day it was given, and withdrawing it clears the date.
export const residentConsent = {
  version: 8,
  name: 'resident_consent',
  sql: /* sql */ `
ALTER TABLE residents ADD COLUMN representative_consent_on TEXT;
`,
};
