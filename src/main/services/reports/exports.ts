// The built reports handed over as files (base64, as issued letters are): the annual report as
// DOCX or PDF, and the quarterly board pack.
import { todayIso } from '../../../shared/complaints/calendar';
import type { ReportFile } from '../../../shared/contract/reports';
import { reportingYearName } from '../../../shared/reporting/period';
import type { ServiceContext } from '../../store/context';
import { annualReportData } from './annual/data';
import { annualReportDocx, selfAssessmentDocx } from './annual/document';
import { getSelfAssessment } from './selfAssessment';
import { readHouseStyle } from '../letters/houseStyle';
import { boardPackData } from './board/data';
import { boardPackDocx } from './board/document';
import { docxToPdf } from './pdf';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function annualReportFile(ctx: ServiceContext, year: number): Promise<Uint8Array> {
  return annualReportDocx(await annualReportData(ctx, year), todayIso(ctx.now()));
}

export async function boardPackFile(ctx: ServiceContext, quarter: string): Promise<Uint8Array> {
  return boardPackDocx(await boardPackData(ctx, quarter), todayIso(ctx.now()));
}

export const annualReportName = (year: number) =>
  `Annual complaints report ${reportingYearName(year).replace('/', '-')}`;
export const boardPackName = (quarter: string) => `Board complaints pack ${quarter}`;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export async function exportAnnualReport(
  ctx: ServiceContext,
  input: { year: number; pdf: boolean },
): Promise<ReportFile> {
  const docx = await annualReportFile(ctx, input.year);
  const name = annualReportName(input.year);
  if (!input.pdf) return { fileName: `${name}.docx`, mediaType: DOCX_TYPE, bytes: b64(docx) };
  return { fileName: `${name}.pdf`, mediaType: 'application/pdf', bytes: b64(await docxToPdf(docx, name)) };
}

export async function exportBoardPack(ctx: ServiceContext, quarter: string): Promise<ReportFile> {
  const docx = await boardPackFile(ctx, quarter);
  return { fileName: `${boardPackName(quarter)}.docx`, mediaType: DOCX_TYPE, bytes: b64(docx) };
}

/** The self-assessment on its own, as landlords publish it beside their complaints policy (Code §3.4). */
export async function exportSelfAssessment(ctx: ServiceContext, year: number): Promise<ReportFile> {
  const [selfAssessment, { style }] = await Promise.all([
    getSelfAssessment(ctx, year),
    readHouseStyle(ctx.db),
  ]);
  const docx = await selfAssessmentDocx(
    { selfAssessment, landlordName: style.landlordName, year, yearName: reportingYearName(year) },
    todayIso(ctx.now()),
  );
  return {
    fileName: `Complaint Handling Code self-assessment ${reportingYearName(year).replace('/', '-')}.docx`,
    mediaType: DOCX_TYPE,
    bytes: b64(docx),
  };
}
