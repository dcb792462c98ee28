// The change log alone decides merges: the winning clock value of a field is the latest change to
// it, read from this index, so no second per-field table is written for every incoming change.
// field_heads now only holds fields that have more than one head (concurrent edits), which is rare:
// a field without a row has a single head, the latest change to it.
export const mergeFromLog = {
  version: 3,
  name: 'merge_from_log',
  sql: /* sql */ `
DROP INDEX changes_entity;
CREATE INDEX changes_entity ON changes(entity_id, field, hlc);
DROP TABLE field_state;
DELETE FROM field_heads WHERE instr(heads, ',') = 0;
`,
};
