// The one IPC contract: procedure name → input schema → output type, with each procedure's
// properties. Main validates with the schema, the preload forwards opaque messages, and the
// renderer's client is typed from this map. Each feature declares its procedures in its own file
// (a new feature adds `<feature>.ts` beside these and one line below).
import type { z } from 'zod';
import { amendmentProcedures } from './amendments';
import { appProcedures } from './app';
import { attachmentProcedures } from './attachments';
import { attentionProcedures } from './attention';
import { backupProcedures } from './backup';
import { callProcedures } from './calls';
import { caseProcedures } from './cases';
import { complaintProcedures } from './complaints';
import { peopleProcedures } from './people';
import { investigationProcedures } from './investigation';
import { historyProcedures } from './history';
import { learningProcedures } from './learning';
import { localeProcedures } from './locale';
import { letterProcedures } from './letters';
import { letterSetupProcedures } from './letterSetup';
import { policyProcedures } from './policy';
import { postProcedures } from './post';
import { remedyProcedures } from './remedies';
import { residentProcedures } from './residents';
import { searchProcedures } from './search';
import { shareProcedures } from './share';
import { templateProcedures } from './templates';
import { workProcedures } from './work';
import { listProcedures } from './lists';
import { sessionProcedures } from './session';
import { auditProcedures } from './audit';
import { retentionProcedures } from './retention';
import { reportingProcedures } from './reporting';
import { reportProcedures } from './reports';
import { dashboardProcedures } from './dashboard';

export const contract = {
  ...appProcedures,
  ...residentProcedures,
  ...callProcedures,
  ...caseProcedures,
  ...complaintProcedures,
  ...workProcedures,
  ...policyProcedures,
  ...shareProcedures,
  ...attentionProcedures,
  ...backupProcedures,
  ...peopleProcedures,
  ...amendmentProcedures,
  ...investigationProcedures,
  ...attachmentProcedures,
  ...remedyProcedures,
  ...learningProcedures,
  ...letterProcedures,
  ...templateProcedures,
  ...postProcedures,
  ...letterSetupProcedures,
  ...searchProcedures,
  ...localeProcedures,
  ...historyProcedures,
  ...listProcedures,
  ...sessionProcedures,
  ...auditProcedures,
  ...retentionProcedures,
  ...reportingProcedures,
  ...reportProcedures,
  ...dashboardProcedures,
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<K extends ProcedureName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ProcedureName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ProcedureName> = NonNullable<Contract[K]['output']>;

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Procedure, Properties } from './procedure';
export * from './errors';
export * from './inputs';
export * from './complaintInputs';
export type * from './types';
export type * from './remedyTypes';
export * from './backup';
export type { Colleague } from './people';
export type { Amendment } from './amendments';
export type * from './attachments';
