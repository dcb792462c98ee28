// Letters (issue 11): drafts and issued letters, a landlord's own DOCX templates, and the standard
// paragraphs as versions (a manager's edit is a new version; each issued letter names the versions
// it used). An issued letter's DOCX is kept content-addressed beside the store, like attachments.
export const letters = {
  version: 6,
  name: 'letters',
  sql: /* sql */ `
-- Large print for a resident who needs it: the letter's body size in points (null: the template's).
ALTER TABLE residents ADD COLUMN large_print_pt INTEGER;

CREATE TABLE letters (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  type TEXT NOT NULL,
  stage INTEGER,
  status TEXT NOT NULL DEFAULT 'draft',
  -- The officer's sections as JSON: { "opening": [blocks…], … } (shared/letters/richText.ts).
  sections TEXT NOT NULL DEFAULT '{}',
  -- The landlord's template it is printed with; null for the one Redress ships.
  template_id TEXT REFERENCES letter_templates(id),
  -- Set when issued, then never changed (a correction is a new letter).
  issued_on TEXT,
  issued_by TEXT REFERENCES people(id),
  method TEXT,
  sha256 TEXT,
  file_name TEXT,
  paragraph_versions TEXT,
  -- Who it went to, as printed: { "name", "addressLines": [...] } (for the post manifest and labels).
  addressee TEXT,
  copy_to TEXT,
  posted_on TEXT,
  posted_by TEXT REFERENCES people(id),
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX letters_case ON letters(case_id, created_at);
-- The post run: issued letters to go by post, by issue date.
CREATE INDEX letters_post ON letters(issued_on) WHERE status = 'issued' AND method IN ('post', 'both') AND deleted_at IS NULL;

CREATE TABLE letter_templates (
  id TEXT PRIMARY KEY,
  letter_type TEXT NOT NULL,
  name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  -- The placeholders found in it, as a JSON list (checked when imported).
  placeholders TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX letter_templates_type ON letter_templates(letter_type, created_at);

-- Insert-only: each edit of a standard paragraph is a new version.
CREATE TABLE paragraph_versions (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  version INTEGER NOT NULL,
  text TEXT NOT NULL,
  note TEXT,
  created_by TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL
);
CREATE INDEX paragraph_versions_key ON paragraph_versions(key, version);

-- The landlord's house style for letters: 'null' until set (see resources/letters/houseStyle.json).
INSERT INTO settings (id, value, updated_at) VALUES ('letters.houseStyle', 'null', '1970-01-01T00:00:00.000Z');
`,
};
