import type { complaintProcedures } from '../../../shared/contract/complaints';
import {
  addOmbudsmanRequest,
  addParty,
  addPoint,
  commandCase,
  contactAttempt,
  healthAndSafety,
  markOmbudsmanDone,
  updateComplaint,
  updatePoint,
} from '../../services/complaints/commands';
import type { HandlersFor } from '../types';

export const complaintHandlers: HandlersFor<typeof complaintProcedures> = {
  'cases.command': (ctx, input) => commandCase(ctx, input),
  'cases.updateComplaint': (ctx, input) => updateComplaint(ctx, input),
  'cases.healthAndSafety': (ctx, input) => healthAndSafety(ctx, input),
  'cases.addParty': (ctx, input) => addParty(ctx, input),
  'cases.contactAttempt': (ctx, input) => contactAttempt(ctx, input),
  'points.add': (ctx, input) => addPoint(ctx, input),
  'points.update': (ctx, input) => updatePoint(ctx, input),
  'ombudsman.addRequest': (ctx, input) => addOmbudsmanRequest(ctx, input),
  'ombudsman.markDone': (ctx, input) => markOmbudsmanDone(ctx, input),
};
