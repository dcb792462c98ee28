// Investigations, remedies and promised actions (issue 10): colleagues to hand work to, findings and
// the basis of each decision, case notes (insert-only), attachments (content-addressed, the bytes
// beside the store), investigation tasks, remedies with compensation, promised actions that outlive
// the case, amendments to issued decisions, learning, service improvements and satisfaction.
// Every table is a record kind: synced, audited and backed up like the rest.
export const investigations = {
  version: 5,
  name: 'investigations',
  sql: /* sql */ `
-- Colleagues: contact details for letters and residents, a team, and deactivation (never deletion:
-- their name stays on the cases they handled).
ALTER TABLE people ADD COLUMN email TEXT;
ALTER TABLE people ADD COLUMN phone TEXT;
ALTER TABLE people ADD COLUMN team TEXT;
ALTER TABLE people ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN updated_at TEXT;

-- Learning from the complaint, who manages promised actions still open at closure, satisfaction.
ALTER TABLE cases ADD COLUMN root_cause TEXT;
ALTER TABLE cases ADD COLUMN lesson_learned TEXT;
ALTER TABLE cases ADD COLUMN actions_manager TEXT;
ALTER TABLE cases ADD COLUMN satisfaction_handling INTEGER;
ALTER TABLE cases ADD COLUMN satisfaction_outcome INTEGER;
ALTER TABLE cases ADD COLUMN satisfaction_comment TEXT;
ALTER TABLE cases ADD COLUMN satisfaction_asked_on TEXT;

-- What the investigation found on a point, and the policy, law or good practice the decision rests on.
ALTER TABLE complaint_points ADD COLUMN findings TEXT;
ALTER TABLE complaint_points ADD COLUMN basis TEXT;

-- Insert-only: a correction is a new note naming the one it corrects.
CREATE TABLE case_notes (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  point_id TEXT REFERENCES complaint_points(id),
  text TEXT NOT NULL,
  corrects_id TEXT REFERENCES case_notes(id),
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes(case_id, created_at);

-- The bytes live beside the store under their SHA-256 (blobs/), never in this file.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  point_id TEXT REFERENCES complaint_points(id),
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  caption TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX attachments_case ON attachments(case_id, created_at);
CREATE INDEX attachments_sha256 ON attachments(sha256);

CREATE TABLE investigation_tasks (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  point_id TEXT REFERENCES complaint_points(id),
  stage INTEGER NOT NULL,
  what TEXT NOT NULL,
  with_whom TEXT NOT NULL,
  due_on TEXT NOT NULL,
  assignee_id TEXT REFERENCES people(id),
  status TEXT NOT NULL,
  answer TEXT,
  done_on TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX investigation_tasks_case ON investigation_tasks(case_id, due_on);
CREATE INDEX investigation_tasks_assignee ON investigation_tasks(assignee_id, status, due_on);
CREATE INDEX investigation_tasks_open ON investigation_tasks(status, due_on);

-- Money in integer pence; heads as a JSON list. A remedy over the panel threshold is approved before
-- it is offered.
CREATE TABLE remedies (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  point_id TEXT REFERENCES complaint_points(id),
  stage INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT,
  amount_pence INTEGER,
  heads TEXT,
  status TEXT NOT NULL,
  approved_by TEXT REFERENCES people(id),
  approved_at TEXT,
  offered_on TEXT,
  accepted_on TEXT,
  declined_on TEXT,
  paid_on TEXT,
  offset_arrears INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX remedies_case ON remedies(case_id, created_at);
CREATE INDEX remedies_status ON remedies(status, created_at);

-- Promises to the resident; they stay open after the case closes. The owner is a colleague or a
-- team by name (owner_person_id when it is a colleague in People).
CREATE TABLE promised_actions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  remedy_id TEXT REFERENCES remedies(id),
  point_id TEXT REFERENCES complaint_points(id),
  what TEXT NOT NULL,
  owner TEXT NOT NULL,
  owner_person_id TEXT REFERENCES people(id),
  owner_contact TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  completed_on TEXT,
  evidence TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX promised_actions_status_due ON promised_actions(status, due_on);
CREATE INDEX promised_actions_owner ON promised_actions(owner, status, due_on);
CREATE INDEX promised_actions_person ON promised_actions(owner_person_id, status, due_on);
CREATE INDEX promised_actions_case ON promised_actions(case_id, due_on);

-- What the resident was told about a promised action, and how.
CREATE TABLE action_updates (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES promised_actions(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  updated_on TEXT NOT NULL,
  method TEXT NOT NULL,
  said TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL
);
CREATE INDEX action_updates_action ON action_updates(action_id, updated_on);
CREATE INDEX action_updates_case ON action_updates(case_id, created_at);

-- A correction to a decision, reasons or remedy after its stage's response was issued. The record
-- takes the new value; the amendment keeps the original and why it changed.
CREATE TABLE amendments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  stage INTEGER NOT NULL,
  record_kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reason TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL
);
CREATE INDEX amendments_case ON amendments(case_id, created_at);

CREATE TABLE improvements (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  owner TEXT NOT NULL,
  status TEXT NOT NULL,
  service_area TEXT,
  you_said TEXT,
  we_did TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX improvements_status ON improvements(status, created_at);

CREATE TABLE improvement_cases (
  id TEXT PRIMARY KEY,
  improvement_id TEXT NOT NULL REFERENCES improvements(id),
  case_id TEXT NOT NULL REFERENCES cases(id),
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX improvement_cases_improvement ON improvement_cases(improvement_id);
CREATE INDEX improvement_cases_case ON improvement_cases(case_id);

-- Landlord-wide settings for the above, present everywhere from the start (see migration 4).
-- 'null' means the shipped default (resources/), which a manager may replace in Settings.
INSERT INTO settings (id, value, updated_at) VALUES ('remedies.panelThresholdPence', '25000', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('remedies.compensationBands', 'null', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('attachments.maxBytes', '26214400', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('learning.rootCauses', 'null', '1970-01-01T00:00:00.000Z');
INSERT INTO settings (id, value, updated_at) VALUES ('people.teams', '[]', '1970-01-01T00:00:00.000Z');

-- Attachments: which files this computer knows are on the central share (uploaded from here, or
-- fetched from there), so each sync uploads only what is not yet there. This computer's own.
CREATE TABLE sync_blobs (
  sha256 TEXT PRIMARY KEY,
  on_share_at TEXT NOT NULL
);
-- Remedies and promised actions (the action tracker): the open actions alone, in due order, so the
-- tracker's first page and its count read only these index entries (never the table, never the
-- done ones), for everyone and for one owner.
CREATE INDEX promised_actions_open ON promised_actions(due_on) WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX promised_actions_open_owner ON promised_actions(owner, due_on) WHERE status = 'open' AND deleted_at IS NULL;
`,
};
