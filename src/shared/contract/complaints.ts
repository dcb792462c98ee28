// A complaint's journey under the Code: lifecycle commands, its details, points, parties and
// contact attempts, and the Ombudsman's requests. Inputs live in complaintInputs.ts.
import * as CIn from './complaintInputs';
import { mutation, officers } from './procedure';
import type * as Out from './types';

export const complaintProcedures = {
  'cases.command': mutation<Out.CaseDetail>('synced')(CIn.CaseCommandInput, officers),
  'cases.updateComplaint': mutation<Out.CaseDetail>('synced')(CIn.UpdateComplaintInput, officers),
  'cases.healthAndSafety': mutation<Out.CaseDetail>('synced')(CIn.HealthAndSafetyInput, officers),
  'cases.addParty': mutation<Out.CaseDetail>('synced')(CIn.AddPartyInput, officers),
  'cases.contactAttempt': mutation<Out.CaseDetail>('synced')(CIn.ContactAttemptInput, officers),
  'points.add': mutation<Out.CaseDetail>('synced')(CIn.AddPointInput, officers),
  'points.update': mutation<Out.CaseDetail>('synced')(CIn.UpdatePointInput, officers),
  'ombudsman.addRequest': mutation<Out.CaseDetail>('synced')(CIn.OmbudsmanRequestInput, officers),
  'ombudsman.markDone': mutation<Out.CaseDetail>('synced')(CIn.OmbudsmanDoneInput, officers),
} as const;
