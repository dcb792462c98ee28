import type { reportProcedures } from '../../../shared/contract/reports';
import { exportAnnualReport, exportBoardPack, exportSelfAssessment } from '../../services/reports/exports';
import { getAnnualReport, saveNarrative } from '../../services/reports/narrative';
import { getSelfAssessment, saveSelfAssessment } from '../../services/reports/selfAssessment';
import type { HandlersFor } from '../types';

export const reportHandlers: HandlersFor<typeof reportProcedures> = {
  'selfAssessment.get': (ctx, input) => getSelfAssessment(ctx, input.year),
  'selfAssessment.save': (ctx, input) => saveSelfAssessment(ctx, input),
  'selfAssessment.export': (ctx, input) => exportSelfAssessment(ctx, input.year),
  'annualReport.get': (ctx, input) => getAnnualReport(ctx, input.year),
  'annualReport.saveNarrative': (ctx, input) => saveNarrative(ctx, input),
  'annualReport.export': (ctx, input) => exportAnnualReport(ctx, input),
  'boardPack.export': (ctx, input) => exportBoardPack(ctx, input.quarter),
};
