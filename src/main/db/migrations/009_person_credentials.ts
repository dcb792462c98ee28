// Sign-in (issue 13): each person's credentials, synced so they can sign in on any computer of the
// share. `kp` is the person key itself (kept inside the encrypted store and the encrypted share)
// so a signed-in computer can wrap its own data key for people set up elsewhere; `wrapped_kp` is
// that key sealed by the person's password (Argon2id with `salt` and `kdf`). A password change
// replaces salt, kdf and wrapped_kp; the person key, and so every data key wrap, stays the same.
export const personCredentials = {
  version: 9,
  name: 'person_credentials',
  sql: /* sql */ `
CREATE TABLE person_credentials (
  id TEXT PRIMARY KEY, -- the person's id
  salt TEXT NOT NULL,
  kdf TEXT NOT NULL,
  wrapped_kp TEXT NOT NULL,
  kp TEXT NOT NULL,
  changed_at TEXT NOT NULL
);
`,
};
