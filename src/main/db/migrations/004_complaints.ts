// The Complaint Handling Code's lifecycle: complaint facts on the case (each a field that syncs and
// is audited like any other), points of complaint, extensions, Ombudsman requests, the residents
// behind a group complaint, and landlord-wide settings (the policy profile).
export const complaints = {
  version: 4,
  name: 'complaints',
  sql: /* sql */ `
ALTER TABLE cases ADD COLUMN service_area TEXT;
ALTER TABLE cases ADD COLUMN owner_id TEXT REFERENCES people(id);
ALTER TABLE cases ADD COLUMN received_on TEXT;
ALTER TABLE cases ADD COLUMN issue_noticed_on TEXT;
ALTER TABLE cases ADD COLUMN decline_reason TEXT;
ALTER TABLE cases ADD COLUMN decline_explanation TEXT;
ALTER TABLE cases ADD COLUMN stage1_acknowledged_on TEXT;
ALTER TABLE cases ADD COLUMN stage1_acknowledged_how TEXT;
ALTER TABLE cases ADD COLUMN stage1_handler_id TEXT REFERENCES people(id);
ALTER TABLE cases ADD COLUMN stage1_extended_to TEXT;
ALTER TABLE cases ADD COLUMN stage1_responded_on TEXT;
ALTER TABLE cases ADD COLUMN escalation_requested_on TEXT;
ALTER TABLE cases ADD COLUMN escalation_reason TEXT;
ALTER TABLE cases ADD COLUMN escalation_refusal_reason TEXT;
ALTER TABLE cases ADD COLUMN escalation_refusal_explanation TEXT;
ALTER TABLE cases ADD COLUMN stage2_acknowledged_on TEXT;
ALTER TABLE cases ADD COLUMN stage2_acknowledged_how TEXT;
ALTER TABLE cases ADD COLUMN stage2_handler_id TEXT REFERENCES people(id);
ALTER TABLE cases ADD COLUMN stage2_extended_to TEXT;
ALTER TABLE cases ADD COLUMN stage2_responded_on TEXT;
ALTER TABLE cases ADD COLUMN closed_on TEXT;
ALTER TABLE cases ADD COLUMN closure_reason TEXT;
ALTER TABLE cases ADD COLUMN closure_note TEXT;
ALTER TABLE cases ADD COLUMN merged_into_id TEXT REFERENCES cases(id);
-- The complaint definition beyond its points: what is and is not the landlord's responsibility,
-- and how the resident and the landlord agreed to keep in touch.
ALTER TABLE cases ADD COLUMN responsibility_note TEXT;
ALTER TABLE cases ADD COLUMN communication_arrangements TEXT;
ALTER TABLE cases ADD COLUMN adjustments_agreed TEXT;
-- A health and safety risk is told to a senior manager at once and shown on every view.
ALTER TABLE cases ADD COLUMN hs_risk INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN hs_risk_detail TEXT;
ALTER TABLE cases ADD COLUMN hs_told_whom TEXT;
ALTER TABLE cases ADD COLUMN hs_told_at TEXT;
-- A group complaint (petition): the case's resident is the nominated point of contact.
ALTER TABLE cases ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN ombudsman_reference TEXT;
ALTER TABLE cases ADD COLUMN ombudsman_determination TEXT;
ALTER TABLE cases ADD COLUMN ombudsman_determined_on TEXT;

-- Lists filter on open/closed; status now says where in the Code's stages a case is.
ALTER TABLE cases ADD COLUMN is_open INTEGER GENERATED ALWAYS AS (status <> 'closed') VIRTUAL;
DROP INDEX cases_status_created;
DROP INDEX cases_type_status_created;
DROP INDEX cases_status_reference;
DROP INDEX cases_type_status_reference;
DROP INDEX cases_creator_status_created;
CREATE INDEX cases_open_created ON cases(is_open, created_at);
CREATE INDEX cases_type_open_created ON cases(type, is_open, created_at);
CREATE INDEX cases_open_reference ON cases(is_open, reference);
CREATE INDEX cases_type_open_reference ON cases(type, is_open, reference);
-- "My work" and the list's "mine": an officer's open cases, whatever their number among a million.
CREATE INDEX cases_owner_open_created ON cases(owner_id, is_open, created_at);
CREATE INDEX cases_open_status ON cases(is_open, status);

CREATE TABLE complaint_points (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  stage INTEGER NOT NULL,
  point TEXT NOT NULL,
  outcome_sought TEXT,
  outcome_possible TEXT,
  possibility_note TEXT,
  decision TEXT,
  reasons TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX complaint_points_case ON complaint_points(case_id, created_at);

CREATE TABLE extensions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  stage INTEGER NOT NULL,
  new_due TEXT NOT NULL,
  reason TEXT NOT NULL,
  resident_told_on TEXT NOT NULL,
  exceptional_reason TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX extensions_case ON extensions(case_id, created_at);

-- The Ombudsman's evidence requests and orders, with their due dates and when each was met.
CREATE TABLE ombudsman_requests (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  requested_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  done_on TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX ombudsman_requests_case ON ombudsman_requests(case_id, due_on);

-- The other residents behind a group complaint.
CREATE TABLE case_parties (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  resident_id TEXT NOT NULL REFERENCES residents(id),
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX case_parties_case ON case_parties(case_id);

-- Landlord-wide settings shared by every computer: one row per setting, JSON value. The policy's
-- rows exist everywhere from the start (the Code's figures), so edits are changes to fields (last
-- writer wins per setting: two people changing different settings both keep theirs), never rival
-- creations.
CREATE TABLE settings (
  id TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- The Code's figures as they stood when this migration was written, frozen here: a migration
-- must build the same store forever, whatever the policy module says later.
INSERT INTO settings (id, value, updated_at) VALUES ('policy.acknowledgeDays', '5', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.stage1ResponseDays', '10', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.stage1ExtensionDays', '10', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.stage2AcknowledgeDays', '5', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.stage2ResponseDays', '20', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.stage2ExtensionDays', '20', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.complaintWindowMonths', '12', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.firstContactResolutionHours', 'null', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.region', '"england-and-wales"', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('policy.closureDays', '[]', '1970-01-01T00:00:00.000Z');

ALTER TABLE contacts ADD COLUMN purpose TEXT;
ALTER TABLE contacts ADD COLUMN outcome TEXT;
`,
};
