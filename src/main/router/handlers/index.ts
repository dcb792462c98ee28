// The one handler map the router dispatches through: each feature's handlers, typed against its
// slice of the contract, combined here (a new feature adds `<feature>.ts` and one line below).
import type { Contract } from '../../../shared/contract';
import type { HandlersFor } from '../types';
import { amendmentHandlers } from './amendments';
import { appHandlers } from './app';
import { attachmentHandlers } from './attachments';
import { attentionHandlers } from './attention';
import { backupHandlers } from './backup';
import { callHandlers } from './calls';
import { caseHandlers } from './cases';
import { complaintHandlers } from './complaints';
import { peopleHandlers } from './people';
import { historyHandlers } from './history';
import { investigationHandlers } from './investigation';
import { learningHandlers } from './learning';
import { localeHandlers } from './locale';
import { letterHandlers } from './letters';
import { letterSetupHandlers } from './letterSetup';
import { policyHandlers } from './policy';
import { postHandlers } from './post';
import { remedyHandlers } from './remedies';
import { residentHandlers } from './residents';
import { searchHandlers } from './search';
import { shareHandlers } from './share';
import { templateHandlers } from './templates';
import { workHandlers } from './work';
import { listHandlers } from './lists';
import { sessionHandlers } from './session';
import { auditHandlers } from './audit';
import { retentionHandlers } from './retention';
import { reportingHandlers } from './reporting';
import { reportHandlers } from './reports';
import { dashboardHandlers } from './dashboard';

export const handlers: HandlersFor<Contract> = {
  ...appHandlers,
  ...residentHandlers,
  ...callHandlers,
  ...caseHandlers,
  ...complaintHandlers,
  ...workHandlers,
  ...policyHandlers,
  ...shareHandlers,
  ...attentionHandlers,
  ...backupHandlers,
  ...peopleHandlers,
  ...amendmentHandlers,
  ...investigationHandlers,
  ...attachmentHandlers,
  ...remedyHandlers,
  ...learningHandlers,
  ...letterHandlers,
  ...templateHandlers,
  ...postHandlers,
  ...letterSetupHandlers,
  ...searchHandlers,
  ...localeHandlers,
  ...historyHandlers,
  ...listHandlers,
  ...sessionHandlers,
  ...auditHandlers,
  ...retentionHandlers,
  ...reportingHandlers,
  ...reportHandlers,
  ...dashboardHandlers,
};
