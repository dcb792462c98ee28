// The annual complaints report's own records (issue 14): the Code self-assessment, one record per
// reporting year and provision, and the report's narrative, one record per year and section. Ids
// are derived from the year and the provision or section (`self-assessment:2026:6.2`), so two
// computers answering the same provision edit the same record: each field merges on its own, last
// writer wins, like every other synced field.
export const reportDocuments = {
  version: 13,
  name: 'report_documents',
  sql: /* sql */ `
CREATE TABLE self_assessment_answers (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL,
  provision TEXT NOT NULL,
  comply TEXT CHECK (comply IN ('yes', 'no')),
  evidence TEXT,
  commentary TEXT,
  updated_by TEXT REFERENCES people(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX self_assessment_answers_year ON self_assessment_answers(year);

CREATE TABLE report_narratives (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL,
  section TEXT NOT NULL,
  text TEXT,
  updated_by TEXT REFERENCES people(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX report_narratives_year ON report_narratives(year);
`,
};
