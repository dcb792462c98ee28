// Performance reporting (issue 14): what each complaint contributes to the measures, stage by
// stage, kept at write time so a year's figures are counted by date in an index rather than by
// working out every case's deadlines on each report (perf-limits.md §3: ~5× faster at 1M).
//
// `report_stages` is derived on this computer from synced data (the case, its extensions, the
// policy, the calendar) by the pure rules of src/shared/reporting/stageReport.ts: never synced or
// backed up. As for next_due_on (migration 7), triggers note every case whose figures may have
// moved, whatever wrote it, and the domain works the noted cases out again inside each write's and
// merge's transaction and on open. '*' stands for every case (a policy or calendar change, or a
// store from before this migration).
export const reporting = {
  version: 12,
  name: 'reporting',
  sql: /* sql */ `
CREATE TABLE report_stages (
  case_id TEXT NOT NULL,
  stage INTEGER NOT NULL,
  received_on TEXT,
  acknowledge_by TEXT,
  acknowledged_on TEXT,
  acknowledged INTEGER NOT NULL,
  acknowledged_on_time INTEGER NOT NULL,
  due_on TEXT,
  extended_to TEXT,
  due_with_extensions TEXT,
  extended INTEGER NOT NULL,
  responded_on TEXT,
  responded_on_time INTEGER NOT NULL,
  responded_on_time_with_extensions INTEGER NOT NULL,
  working_days INTEGER,
  stopped_on TEXT,
  refused_on TEXT,
  refused_reason TEXT,
  escalated INTEGER NOT NULL,
  -- The filters, copied from the case (the stage's handler as the officer).
  service_area TEXT,
  root_cause TEXT,
  officer_id TEXT,
  -- Open until the first of the response or a closure without one ('9999-12-31': still open).
  open_until TEXT NOT NULL,
  PRIMARY KEY (case_id, stage)
) WITHOUT ROWID;
-- Each event's figures counted inside its index (the judgements ride along).
CREATE INDEX report_received ON report_stages(stage, received_on, acknowledged, acknowledged_on_time)
  WHERE received_on IS NOT NULL;
CREATE INDEX report_responded ON report_stages(stage, responded_on, responded_on_time,
  responded_on_time_with_extensions, extended, escalated, working_days) WHERE responded_on IS NOT NULL;
CREATE INDEX report_refused ON report_stages(stage, refused_on, refused_reason) WHERE refused_on IS NOT NULL;
CREATE INDEX report_open ON report_stages(stage, open_until, received_on, acknowledged_on, acknowledge_by,
  due_with_extensions) WHERE received_on IS NOT NULL;

-- The record figures, each counted by its own date inside its index (partial, matching the rules'
-- WHERE; each page read is decrypted, so reading the rows themselves costs ~5 µs each).
CREATE INDEX report_remedies_offered ON remedies(offered_on, amount_pence, stage, case_id)
  WHERE kind = 'financial' AND deleted_at IS NULL;
CREATE INDEX report_remedies_paid ON remedies(paid_on, amount_pence, stage, case_id)
  WHERE kind = 'financial' AND deleted_at IS NULL;
CREATE INDEX report_actions_due ON promised_actions(due_on, completed_on, case_id)
  WHERE deleted_at IS NULL AND status <> 'cancelled';
CREATE INDEX report_satisfaction ON cases(satisfaction_asked_on, satisfaction_handling, satisfaction_outcome, id)
  WHERE satisfaction_asked_on IS NOT NULL;
CREATE INDEX report_ombudsman_determined ON cases(ombudsman_determined_on) WHERE ombudsman_determined_on IS NOT NULL;
CREATE INDEX report_ombudsman_orders ON ombudsman_requests(due_on, done_on, case_id) WHERE kind = 'order' AND deleted_at IS NULL;

CREATE TABLE report_pending (case_id TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE TRIGGER cases_report_insert AFTER INSERT ON cases
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES (NEW.id); END;
-- Any change but the deadline's own recomputation (which only ever writes next_due_on).
CREATE TRIGGER cases_report_update AFTER UPDATE ON cases WHEN NEW.next_due_on IS OLD.next_due_on
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES (NEW.id); END;
CREATE TRIGGER cases_report_delete AFTER DELETE ON cases
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES (OLD.id); END;
CREATE TRIGGER extensions_report_insert AFTER INSERT ON extensions
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES (NEW.case_id); END;
CREATE TRIGGER extensions_report_update AFTER UPDATE ON extensions
BEGIN
  INSERT OR IGNORE INTO report_pending (case_id) VALUES (NEW.case_id);
  INSERT OR IGNORE INTO report_pending (case_id) VALUES (OLD.case_id);
END;
CREATE TRIGGER extensions_report_delete AFTER DELETE ON extensions
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES (OLD.case_id); END;
CREATE TRIGGER policy_report_insert AFTER INSERT ON settings WHEN NEW.id LIKE 'policy.%'
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES ('*'); END;
CREATE TRIGGER policy_report_update AFTER UPDATE ON settings WHEN NEW.id LIKE 'policy.%'
BEGIN INSERT OR IGNORE INTO report_pending (case_id) VALUES ('*'); END;

-- Existing stores: every case is worked out on the next open.
INSERT INTO report_pending (case_id) VALUES ('*');
`,
};
