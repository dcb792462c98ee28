import type { reportProcedures } from '../../../shared/contract/reports';
import { viewed } from '../../services/audit/recordView';
import { exportAnnualReport, exportBoardPack, exportSelfAssessment } from '../../services/reports/exports';
import { getAnnualReport, saveNarrative } from '../../services/reports/narrative';
import { getSelfAssessment, saveSelfAssessment } from '../../services/reports/selfAssessment';
import type { HandlersFor } from '../types';

/** A report leaves Redress as a file: the view log says who took which one (its id names it, e.g. annual-2026). */
const exported = (id: string) => () => ({ action: 'exported' as const, entity: 'report' as const, id });

export const reportHandlers: HandlersFor<typeof reportProcedures> = {
  'selfAssessment.get': (ctx, input) => getSelfAssessment(ctx, input.year),
  'selfAssessment.save': (ctx, input) => saveSelfAssessment(ctx, input),
  'selfAssessment.export': (ctx, input) =>
    viewed(ctx, exportSelfAssessment(ctx, input.year), exported(`self-assessment-${input.year}`)),
  'annualReport.get': (ctx, input) => getAnnualReport(ctx, input.year),
  'annualReport.saveNarrative': (ctx, input) => saveNarrative(ctx, input),
  'annualReport.export': (ctx, input) =>
    viewed(ctx, exportAnnualReport(ctx, input), exported(`annual-${input.year}${input.pdf ? '-pdf' : ''}`)),
  'boardPack.export': (ctx, input) =>
    viewed(ctx, exportBoardPack(ctx, input.quarter), exported(`board-${input.quarter}`)),
};
