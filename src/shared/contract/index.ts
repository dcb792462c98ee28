// The one IPC contract: procedure name → input schema → output type. Main validates with the
// schema, the preload forwards opaque messages, and the renderer's client is typed from this map.
import type { z } from 'zod';
import * as In from './inputs';
import * as CIn from './complaintInputs';
import type * as Out from './types';

interface Procedure<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
  /** Writes to the store (the router runs these in one transaction). */
  mutates: boolean;
}

const query =
  <O>() =>
  <I extends z.ZodType>(input: I): Procedure<I, O> => ({ input, mutates: false });
const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I): Procedure<I, O> => ({ input, mutates: true });

export const contract = {
  'app.status': query<Out.AppStatus>()(In.EmptyInput),
  'people.setUpOfficer': mutation<Out.Person>()(In.SetUpOfficerInput),
  'demo.seed': mutation<Out.SeedResult>()(In.SeedDemoInput),

  'residents.find': query<Out.ResidentSummary[]>()(In.FindResidentsInput),
  'residents.get': query<Out.ResidentDetail>()(In.ByIdInput),
  'residents.create': mutation<Out.Resident>()(In.CreateResidentInput),
  'residents.update': mutation<Out.Resident>()(In.UpdateResidentInput),

  'contacts.log': mutation<Out.LogCallResult>()(In.LogCallInput),

  'cases.list': query<Out.CaseListPage>()(In.ListCasesInput),
  'cases.get': query<Out.CaseDetail>()(In.GetCaseInput),
  'cases.open': mutation<Out.CaseRow>()(In.OpenCaseInput),
  'cases.update': mutation<Out.CaseRow>()(In.UpdateCaseInput),
  'cases.delete': mutation<Out.DeletedCase>()(In.ByIdInput),
  'cases.command': mutation<Out.CaseDetail>()(CIn.CaseCommandInput),
  'cases.updateComplaint': mutation<Out.CaseDetail>()(CIn.UpdateComplaintInput),
  'cases.healthAndSafety': mutation<Out.CaseDetail>()(CIn.HealthAndSafetyInput),
  'cases.addParty': mutation<Out.CaseDetail>()(CIn.AddPartyInput),
  'cases.contactAttempt': mutation<Out.CaseDetail>()(CIn.ContactAttemptInput),
  'points.add': mutation<Out.CaseDetail>()(CIn.AddPointInput),
  'points.update': mutation<Out.CaseDetail>()(CIn.UpdatePointInput),
  'ombudsman.addRequest': mutation<Out.CaseDetail>()(CIn.OmbudsmanRequestInput),
  'ombudsman.markDone': mutation<Out.CaseDetail>()(CIn.OmbudsmanDoneInput),
  'work.list': query<Out.WorkList>()(CIn.ListWorkInput),
  'people.list': query<Out.PersonSummary[]>()(In.EmptyInput),
  'policy.get': query<Out.PolicyView>()(In.EmptyInput),
  'policy.update': mutation<Out.PolicyView>()(CIn.UpdatePolicyInput),

  'share.status': query<Out.ShareStatus>()(In.EmptyInput),
  'share.connect': mutation<Out.ShareStatus>()(In.ConnectShareInput),
  'share.disconnect': mutation<Out.ShareStatus>()(In.EmptyInput),
  /** After a `fork` item: this computer takes a new identity on the share and shares its changes again. */
  'share.reidentify': mutation<Out.ShareStatus>()(In.ReidentifyInput),
  'sync.now': mutation<Out.SyncReport>()(In.EmptyInput),
  'attention.list': query<Out.AttentionItem[]>()(In.EmptyInput),
  'attention.resolveConflict': mutation<Out.AttentionItem[]>()(In.ResolveConflictInput),
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<K extends ProcedureName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ProcedureName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ProcedureName> = NonNullable<Contract[K]['output']>;

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors';
export * from './inputs';
export * from './complaintInputs';
export type * from './types';
