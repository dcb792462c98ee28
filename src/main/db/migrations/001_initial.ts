// The first schema. Entities have a random text id (stable across installations) and an integer
// rowid `n` that FTS rows point at; `n` is local to this store and never leaves it.
export const initial = {
  version: 1,
  name: 'initial',
  sql: /* sql */ `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  initials TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE properties (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  address_line1 TEXT NOT NULL,
  address_line2 TEXT,
  town TEXT,
  postcode TEXT NOT NULL,
  uprn TEXT,
  tenure TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES people(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX properties_postcode ON properties(postcode);

CREATE TABLE residents (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  phone TEXT,
  email TEXT,
  preferred_contact_method TEXT,
  preferred_contact_times TEXT,
  reasonable_adjustments TEXT,
  support_needs TEXT,
  vulnerable INTEGER NOT NULL DEFAULT 0,
  representative_name TEXT,
  representative_relationship TEXT,
  representative_contact TEXT,
  representative_consent INTEGER NOT NULL DEFAULT 0,
  property_id TEXT REFERENCES properties(id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES people(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX residents_property ON residents(property_id);

CREATE TABLE cases (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  reference TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  summary TEXT NOT NULL,
  resident_id TEXT REFERENCES residents(id),
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One index per list order the UI offers, for every filter combination, so that any page
-- of the case list is an index walk (keyset paging), never a sort.
-- Not UNIQUE: two laptops that chose the same code offline could issue the same reference, and
-- sync must keep both cases (flagging the clash) rather than refuse one.
CREATE INDEX cases_reference ON cases(reference);
CREATE INDEX cases_created ON cases(created_at);
CREATE INDEX cases_type_created ON cases(type, created_at);
CREATE INDEX cases_status_created ON cases(status, created_at);
CREATE INDEX cases_type_status_created ON cases(type, status, created_at);
CREATE INDEX cases_type_reference ON cases(type, reference);
CREATE INDEX cases_status_reference ON cases(status, reference);
CREATE INDEX cases_type_status_reference ON cases(type, status, reference);
CREATE INDEX cases_resident_created ON cases(resident_id, created_at);
CREATE INDEX cases_creator_status_created ON cases(created_by, status, created_at);

CREATE TABLE contacts (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  occurred_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  direction TEXT NOT NULL,
  summary TEXT NOT NULL,
  resident_id TEXT REFERENCES residents(id),
  case_id TEXT REFERENCES cases(id),
  logged_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL
);
CREATE INDEX contacts_case ON contacts(case_id, occurred_at);
CREATE INDEX contacts_resident ON contacts(resident_id, occurred_at);

-- seq is this store's own append order (the outbox cursor); hlc orders changes across installations.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY,
  hlc TEXT NOT NULL UNIQUE,
  replica_id TEXT NOT NULL,
  actor_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX changes_entity ON changes(entity_id, hlc);

-- Contentless FTS: the text lives in the tables; these hold only the index.
CREATE VIRTUAL TABLE case_fts USING fts5(
  reference, summary, resident,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='3'
);
CREATE VIRTUAL TABLE resident_fts USING fts5(
  name, phone, email, address, postcode,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
`,
};
