// Retention and erasure (issue 13). An erasure is a record that travels like any other: every
// computer that applies it replaces the resident's personal data, across their cases, with an
// anonymised statistical record (store/erasure.ts). `erased_records` is this computer's index of
// the records an erasure covers, derived from the erasures and the records they reached: a change
// to one that arrives later is anonymised on arrival, so every computer ends with the same store.
// The retention period lives with the complaint policy (policy.retentionYears, default 6).
export const retention = {
  version: 11,
  name: 'retention',
  sql: /* sql */ `
CREATE TABLE erasures (
  id TEXT PRIMARY KEY,
  resident_id TEXT NOT NULL REFERENCES residents(id),
  property_id TEXT REFERENCES properties(id),
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL
);
CREATE INDEX erasures_resident ON erasures(resident_id);

CREATE TABLE erased_records (
  entity_id TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  erasure_id TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO settings (id, value, updated_at) VALUES ('policy.retentionYears', '6', '1970-01-01T00:00:00.000Z');
`,
};
