// A tamper-evident audit (issue 13): who viewed what, and a hash chain over each installation's
// entries. Every entry (a change or a view) carries its position in its installation's chain and
// the SHA-256 of the previous entry's hash, its position and its own content (store/auditChain.ts).
// The triggers stop accidental edits and deletions of this installation's entries; anyone with an
// SQLite tool can drop them, so the chain, checked by `audit verify`, is the real check.
export const audit = {
  version: 10,
  name: 'audit',
  sql: /* sql */ `
ALTER TABLE changes ADD COLUMN chain_pos INTEGER;
ALTER TABLE changes ADD COLUMN chain_hash TEXT;
CREATE INDEX changes_chain ON changes(replica_id, chain_pos) WHERE chain_pos IS NOT NULL;

-- Who looked at, downloaded, issued, exported or ran what: a kind of record and its id, never
-- personal data in free text. Synced like changes (ops with o = 'view').
CREATE TABLE views (
  seq INTEGER PRIMARY KEY,
  hlc TEXT NOT NULL UNIQUE,
  replica_id TEXT NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  sv INTEGER NOT NULL,
  chain_pos INTEGER,
  chain_hash TEXT
);
CREATE INDEX views_entity ON views(entity_id, hlc);
CREATE INDEX views_actor ON views(actor_id, hlc);
CREATE INDEX views_chain ON views(replica_id, chain_pos);
-- A person's activity, newest first, for managers.
CREATE INDEX changes_actor ON changes(actor_id, hlc);

-- Our own view entries go to the share in the same segments as our changes.
ALTER TABLE sync_exports ADD COLUMN first_view INTEGER;
ALTER TABLE sync_exports ADD COLUMN last_view INTEGER;

-- A row here (inside one transaction) lets a backup restore empty the logs, or an erasure replace
-- an erased record's logged values with their erased values (store/erasure.ts); nothing else may.
CREATE TABLE audit_unlock (reason TEXT NOT NULL);

CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
WHEN NOT EXISTS (SELECT 1 FROM audit_unlock)
BEGIN SELECT RAISE(ABORT, 'The change log is append-only: an entry is never changed.'); END;
CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
WHEN NOT EXISTS (SELECT 1 FROM audit_unlock)
  AND old.replica_id = (SELECT value FROM meta WHERE key = 'installation_id')
BEGIN SELECT RAISE(ABORT, 'The change log is append-only: an entry is never removed.'); END;
CREATE TRIGGER views_append_only_update BEFORE UPDATE ON views
BEGIN SELECT RAISE(ABORT, 'The view log is append-only: an entry is never changed.'); END;
CREATE TRIGGER views_append_only_delete BEFORE DELETE ON views
WHEN NOT EXISTS (SELECT 1 FROM audit_unlock)
BEGIN SELECT RAISE(ABORT, 'The view log is append-only: an entry is never removed.'); END;
`,
};
