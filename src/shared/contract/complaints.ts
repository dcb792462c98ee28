// A complaint's journey under the Code: lifecycle commands, its details, points, parties and
// contact attempts, and the Ombudsman's requests. Inputs live in complaintInputs.ts.
import * as CIn from './complaintInputs';
import { mutation } from './procedure';
import type * as Out from './types';

export const complaintProcedures = {
  'cases.command': mutation<Out.CaseDetail>('synced')(CIn.CaseCommandInput),
  'cases.updateComplaint': mutation<Out.CaseDetail>('synced')(CIn.UpdateComplaintInput),
  'cases.healthAndSafety': mutation<Out.CaseDetail>('synced')(CIn.HealthAndSafetyInput),
  'cases.addParty': mutation<Out.CaseDetail>('synced')(CIn.AddPartyInput),
  'cases.contactAttempt': mutation<Out.CaseDetail>('synced')(CIn.ContactAttemptInput),
  'points.add': mutation<Out.CaseDetail>('synced')(CIn.AddPointInput),
  'points.update': mutation<Out.CaseDetail>('synced')(CIn.UpdatePointInput),
  'ombudsman.addRequest': mutation<Out.CaseDetail>('synced')(CIn.OmbudsmanRequestInput),
  'ombudsman.markDone': mutation<Out.CaseDetail>('synced')(CIn.OmbudsmanDoneInput),
} as const;
