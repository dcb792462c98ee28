// Lists that scale (issue 12): a case's next deadline kept on the case, so Open cases and the
// Cases list order, page and count in an index instead of ranking every open case in memory.
//
// `next_due_on` is derived on this computer from synced data (the case, the policy, the calendar,
// its outstanding Ombudsman requests): it is never synced or backed up. The triggers below note
// every case whose deadline may have moved, whatever wrote it (a service, a merge, a restore, the
// demo seed); the domain recomputes the noted cases after each write and merge, and on open.
// '*' stands for every case that can have a deadline (a policy or calendar change).
export const worklists = {
  version: 7,
  name: 'worklists',
  sql: /* sql */ `
ALTER TABLE cases ADD COLUMN next_due_on TEXT;
-- Most urgent first: the next deadline (nothing due last), health and safety first on the same date.
ALTER TABLE cases ADD COLUMN due_order TEXT GENERATED ALWAYS AS (
  coalesce(next_due_on, '9999-12-31') || CASE WHEN hs_risk = 1 THEN '0' ELSE '1' END
) VIRTUAL;

-- Open cases (the work lists): small indexes holding every column a filter or a tile count reads.
CREATE INDEX cases_open_due ON cases(due_order, n, status, hs_risk, type, owner_id, service_area)
  WHERE deleted_at IS NULL AND is_open = 1;
CREATE INDEX cases_owner_open_due ON cases(owner_id, due_order, n, status, hs_risk, type, service_area)
  WHERE deleted_at IS NULL AND is_open = 1;
CREATE INDEX cases_type_open_due ON cases(type, due_order, n, status, hs_risk, owner_id, service_area)
  WHERE deleted_at IS NULL AND is_open = 1;
CREATE INDEX cases_area_open_due ON cases(service_area, due_order, n, status, hs_risk, type, owner_id)
  WHERE deleted_at IS NULL AND is_open = 1;
-- The Cases list sorted by deadline, for its other filters.
CREATE INDEX cases_due ON cases(due_order, n) WHERE deleted_at IS NULL;
-- hs_risk rides along so the health and safety tile counts inside the index (the planner picks
-- these for Open cases too; without it, counting the tile read every open case's row: 85 ms at 1M).
CREATE INDEX cases_state_due ON cases(is_open, due_order, n, hs_risk) WHERE deleted_at IS NULL;
CREATE INDEX cases_type_due ON cases(type, due_order, n) WHERE deleted_at IS NULL;
CREATE INDEX cases_type_state_due ON cases(type, is_open, due_order, n, hs_risk) WHERE deleted_at IS NULL;
CREATE INDEX cases_owner_due ON cases(owner_id, due_order, n) WHERE deleted_at IS NULL;
CREATE INDEX cases_owner_state_due ON cases(owner_id, is_open, due_order, n, hs_risk) WHERE deleted_at IS NULL;

CREATE TABLE deadline_pending (case_id TEXT PRIMARY KEY) WITHOUT ROWID;

-- A closed case's only deadline is an Ombudsman request, noted by that request's own trigger.
CREATE TRIGGER cases_deadline_insert AFTER INSERT ON cases WHEN NEW.status <> 'closed'
BEGIN INSERT OR IGNORE INTO deadline_pending (case_id) VALUES (NEW.id); END;
-- Any change but the recomputation itself (which only ever writes next_due_on).
CREATE TRIGGER cases_deadline_update AFTER UPDATE ON cases WHEN NEW.next_due_on IS OLD.next_due_on
BEGIN INSERT OR IGNORE INTO deadline_pending (case_id) VALUES (NEW.id); END;
CREATE TRIGGER ombudsman_deadline_insert AFTER INSERT ON ombudsman_requests
BEGIN INSERT OR IGNORE INTO deadline_pending (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER ombudsman_deadline_update AFTER UPDATE ON ombudsman_requests
BEGIN
  INSERT OR IGNORE INTO deadline_pending (case_id) VALUES (NEW.case_id);
  INSERT OR IGNORE INTO deadline_pending (case_id) VALUES (OLD.case_id);
END;
CREATE TRIGGER ombudsman_deadline_delete AFTER DELETE ON ombudsman_requests
BEGIN INSERT OR IGNORE INTO deadline_pending (case_id) VALUES (OLD.case_id); END;
CREATE TRIGGER policy_deadline_insert AFTER INSERT ON settings WHEN NEW.id LIKE 'policy.%'
BEGIN INSERT OR IGNORE INTO deadline_pending (case_id) VALUES ('*'); END;
CREATE TRIGGER policy_deadline_update AFTER UPDATE ON settings WHEN NEW.id LIKE 'policy.%'
BEGIN INSERT OR IGNORE INTO deadline_pending (case_id) VALUES ('*'); END;

-- Existing stores: every case is worked out on the next open.
INSERT INTO deadline_pending (case_id) VALUES ('*');

-- Each officer's own choices on this computer (the columns a list shows): never synced.
CREATE TABLE officer_preferences (
  person_id TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (person_id, key)
) WITHOUT ROWID;
`,
};
