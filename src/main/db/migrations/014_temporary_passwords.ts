// Sign-in, mended after issue 13: a password an administrator set for someone else (`people add`
// prints it) is temporary, and its holder chooses their own at first sign-in (`must_change`). How
// each password came to be is kept with it (`set_with`), so the synced, hash-chained change log
// says plainly when a password was reset with the recovery key. Numbered 14: 12 and 13 belong to
// reporting (issue 14), which lands alongside.
export const temporaryPasswords = {
  version: 14,
  name: 'temporary_passwords',
  sql: /* sql */ `
ALTER TABLE person_credentials ADD COLUMN must_change INTEGER NOT NULL DEFAULT 0;
ALTER TABLE person_credentials ADD COLUMN set_with TEXT NOT NULL DEFAULT 'own password';
`,
};
