// Sync through a central share: per-field clocks for last-writer-wins, what has been read from
// and written to the share, changes this version cannot apply yet, and "Needs attention" items.
export const sync = {
  version: 2,
  name: 'sync',
  sql: /* sql */ `
-- Deletion is a field like any other (last writer wins), so a deleted record stays deleted on
-- every computer: the row is kept as a tombstone and hidden, never resurrected by a late edit.
ALTER TABLE properties ADD COLUMN deleted_at TEXT;
ALTER TABLE residents ADD COLUMN deleted_at TEXT;
ALTER TABLE cases ADD COLUMN deleted_at TEXT;
ALTER TABLE contacts ADD COLUMN deleted_at TEXT;

-- For a set: the clock values of the field's heads its writer had seen (comma-separated).
ALTER TABLE changes ADD COLUMN prev TEXT;
-- The schema version the change was written under.
ALTER TABLE changes ADD COLUMN sv INTEGER NOT NULL DEFAULT 1;

-- The winning clock value (and value) of every field changed after creation.
CREATE TABLE field_state (
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc TEXT NOT NULL,
  value TEXT,
  PRIMARY KEY (entity_id, field)
) WITHOUT ROWID;

-- The current heads of each decision-bearing field (derived from the change log, kept so the
-- common case of a change made on top of the single current value needs no log reading).
CREATE TABLE field_heads (
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  heads TEXT NOT NULL, -- comma-separated clock values
  PRIMARY KEY (entity_id, field)
) WITHOUT ROWID;

-- Every other installation seen on the share, and how far we have read it.
CREATE TABLE sync_replicas (
  rid TEXT PRIMARY KEY,
  label TEXT,
  code TEXT,
  applied_seq INTEGER NOT NULL DEFAULT 0,
  last_hlc TEXT,
  last_seen_at TEXT,
  acked_our_seq INTEGER,
  held INTEGER NOT NULL DEFAULT 0,
  hello TEXT
) WITHOUT ROWID;

-- Segment files read from the share: applied, held (clock), or failing (with a count).
CREATE TABLE sync_segments (
  rid TEXT NOT NULL,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  last_size INTEGER,
  reason TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (rid, seq)
) WITHOUT ROWID;

-- Our own segments: the intent is recorded before the file is written, so a crash in between
-- is recovered by writing the same bytes again.
CREATE TABLE sync_exports (
  seq INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  first_change INTEGER NOT NULL,
  last_change INTEGER NOT NULL,
  header TEXT NOT NULL,
  state TEXT NOT NULL
);

-- Changes from another installation that this version cannot apply (yet): a newer schema, an
-- unknown record type, or a record they refer to that has not arrived.
CREATE TABLE pending_ops (
  hlc TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  op TEXT NOT NULL
);

-- Records whose search entries must be rebuilt after a merge: written in the merge's own
-- transaction, drained just after it, so a crash in between leaves nothing stale for long.
CREATE TABLE search_pending (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

CREATE TABLE attention (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  entity TEXT,
  entity_id TEXT,
  field TEXT,
  detail TEXT NOT NULL,
  data TEXT,
  created_at TEXT NOT NULL,
  resolved_at TEXT
);
CREATE INDEX attention_open ON attention(resolved_at, kind);
`,
};
