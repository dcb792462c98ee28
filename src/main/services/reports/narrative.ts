// The annual report's narrative, per reporting year and section (migration 13): written in the
// app, printed in the report. A section's record is made on its first save; later saves set only
// the fields that changed, so the audit trail shows each edit.
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AnnualReport } from '../../../shared/contract/reports';
import { reportingYear } from '../../../shared/reporting/period';
import {
  NARRATIVE_SECTIONS,
  NARRATIVE_TITLES,
  type NarrativeSection,
} from '../../../shared/reports/narrative';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';
import { readHouseStyle } from '../letters/houseStyle';
import { findSoffice } from '../letters/post/soffice';
import { lastSaved, saveYearRecord } from './yearRecords';

export const narrativeId = (year: number, section: NarrativeSection) => `annual-report:${year}:${section}`;

export interface NarrativeText {
  texts: Record<NarrativeSection, string | null>;
  lastSavedBy: string | null;
  lastSavedAt: string | null;
}

export async function narrativeText(db: Kysely<Database>, year: number): Promise<NarrativeText> {
  const rows = await db
    .selectFrom('report_narratives as r')
    .leftJoin('people as p', 'p.id', 'r.updated_by')
    .select(['r.section', 'r.text', 'r.updated_at', 'p.name'])
    .where('r.year', '=', year)
    .execute();
  const texts = Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, null])) as NarrativeText['texts'];
  for (const r of rows)
    if ((NARRATIVE_SECTIONS as readonly string[]).includes(r.section))
      texts[r.section as NarrativeSection] = r.text;
  return { texts, ...lastSaved(rows) };
}

/** The headings of the exported report, in order. */
export const ANNUAL_REPORT_CONTENTS = [
  NARRATIVE_TITLES.introduction,
  'Our complaint figures',
  'Tenant Satisfaction Measures CH01 and CH02',
  'Complaints month by month',
  'What residents complained about',
  'Complaints we did not accept, and why',
  'You said, we did: service improvements',
  'Housing Ombudsman findings',
  NARRATIVE_TITLES.learning,
  'Our self-assessment against the Complaint Handling Code',
  NARRATIVE_TITLES.governingBody,
  NARRATIVE_TITLES.memberResponsible,
];

export async function annualReportView(db: Kysely<Database>, year: number): Promise<AnnualReport> {
  const { style } = await readHouseStyle(db);
  const narrative = await narrativeText(db, year);
  return {
    year,
    ...reportingYear(year),
    landlordName: style.landlordName,
    narrative: narrative.texts,
    lastSavedBy: narrative.lastSavedBy,
    lastSavedAt: narrative.lastSavedAt,
    contents: ANNUAL_REPORT_CONTENTS,
    pdfAvailable: findSoffice() !== null,
  };
}

export function getAnnualReport(ctx: ServiceContext, year: number): Promise<AnnualReport> {
  return annualReportView(ctx.db, year);
}

export function saveNarrative(
  ctx: ServiceContext,
  input: ParsedInputOf<'annualReport.saveNarrative'>,
): Promise<AnnualReport> {
  return write(ctx, async (w) => {
    for (const section of NARRATIVE_SECTIONS) {
      const text = input.sections[section];
      if (text === undefined) continue;
      await saveYearRecord(w, 'report_narrative', narrativeId(input.year, section), {
        identity: { year: input.year, section },
        values: { text },
      });
    }
    return annualReportView(within(ctx, w).db, input.year);
  });
}
