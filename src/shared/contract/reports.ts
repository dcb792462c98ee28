// The annual complaints performance and service improvement report, its Code self-assessment and
// the quarterly pack for the board and its Member Responsible for Complaints (Code §8–9). The
// figures come from the reporting measures (contract/reporting.ts); what is stored here is the
// landlord's own words: the self-assessment's answers and the report's narrative, per reporting year.
import { z } from 'zod';
import { optionalText } from '../domain/fields';
import {
  COMPLY_ANSWERS,
  NARRATIVE_MAX_CHARS,
  NARRATIVE_SECTIONS,
  SELF_ASSESSMENT_TEXT_MAX,
  type ComplyAnswer,
  type NarrativeSection,
} from '../reports/narrative';
import { managers, mutation, query } from './procedure';

/** The reporting year by the year it starts in: 2026 = 1 April 2026 – 31 March 2027. */
const year = z
  .number({ error: 'A reporting year such as 2026' })
  .int({ error: 'A reporting year such as 2026' })
  .min(2000, { error: 'A reporting year from 2000' })
  .max(2099, { error: 'A reporting year before 2100' });

export const ReportYearInput = z.object({ year });

export const SaveSelfAssessmentInput = z.object({
  year,
  items: z
    .array(
      z.object({
        provision: z.string().regex(/^\d{1,2}\.\d{1,2}$/, { error: 'A provision of the Code, such as 6.2' }),
        comply: z.enum(COMPLY_ANSWERS).nullable(),
        evidence: optionalText(SELF_ASSESSMENT_TEXT_MAX),
        commentary: optionalText(SELF_ASSESSMENT_TEXT_MAX),
      }),
    )
    .min(1, { error: 'Nothing to save' })
    .max(200),
});

export const SaveNarrativeInput = z.object({
  year,
  /** Sections left out are kept; blank text clears one. */
  sections: z
    .partialRecord(z.enum(NARRATIVE_SECTIONS), optionalText(NARRATIVE_MAX_CHARS))
    .refine((s) => Object.keys(s).length > 0, { message: 'Nothing to save' }),
});

export const ExportAnnualReportInput = z.object({
  year,
  /** true: the PDF LibreOffice makes from the DOCX (refused plainly when LibreOffice is missing). */
  pdf: z.boolean().default(false),
});

export const BoardPackInput = z.object({
  quarter: z.string().regex(/^\d{4}Q[1-4]$/, { error: 'A calendar quarter such as 2026Q3' }),
});

/** What the data says about a provision, offered to the manager to accept or override. */
export interface Suggestion {
  comply: ComplyAnswer;
  /** The figure it rests on, in words ("97 of 100 stage 1 complaints acknowledged within 5 working days"). */
  evidence: string;
}

export interface SelfAssessmentProvision {
  number: string;
  requirement: string;
  comply: ComplyAnswer | null;
  evidence: string | null;
  commentary: string | null;
  /** Null when the case data cannot answer this provision. */
  suggestion: Suggestion | null;
  savedBy: string | null;
  savedAt: string | null;
}

export interface SelfAssessment {
  year: number;
  from: string;
  to: string;
  /** The Code the checklist follows, and where its paraphrased wording comes from. */
  code: string;
  source: string;
  sections: { number: string; title: string; provisions: SelfAssessmentProvision[] }[];
  lastSavedBy: string | null;
  lastSavedAt: string | null;
}

export interface AnnualReport {
  year: number;
  from: string;
  to: string;
  landlordName: string;
  narrative: Record<NarrativeSection, string | null>;
  lastSavedBy: string | null;
  lastSavedAt: string | null;
  /** The report's headings, in order: what the exported document will contain. */
  contents: string[];
  /** Whether this computer can make the PDF (LibreOffice installed). */
  pdfAvailable: boolean;
}

/** A built document, base64, for the window to open or download (as issued letters are). */
export interface ReportFile {
  fileName: string;
  mediaType: string;
  bytes: string;
}

export const reportProcedures = {
  'selfAssessment.get': query<SelfAssessment>()(ReportYearInput, managers('see performance reports')),
  'selfAssessment.save': mutation<SelfAssessment>('synced')(
    SaveSelfAssessmentInput,
    managers('complete the Code self-assessment'),
  ),
  'selfAssessment.export': query<ReportFile>()(ReportYearInput, managers('see performance reports')),
  'annualReport.get': query<AnnualReport>()(ReportYearInput, managers('see performance reports')),
  'annualReport.saveNarrative': mutation<AnnualReport>('synced')(
    SaveNarrativeInput,
    managers('write the annual complaints report'),
  ),
  'annualReport.export': query<ReportFile>()(ExportAnnualReportInput, managers('see performance reports')),
  'boardPack.export': query<ReportFile>()(BoardPackInput, managers('see performance reports')),
} as const;
