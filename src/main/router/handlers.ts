// The typed handler map: one entry per procedure in the contract, each a call into a service.
// TypeScript insists every procedure has a handler with the contract's input and output types.
import type { OutputOf, ParsedInputOf, ProcedureName } from '../../shared/contract';
import { deleteCase, getCase, listCases, openCase, updateCase } from '../services/cases';
import { logCall } from '../services/contacts';
import type { ServiceContext } from '../store/context';
import { seedDemoData } from '../services/demo';
import { listPeople, setUpOfficer } from '../services/installation';
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
} from '../services/complaints/commands';
import { policyView, updatePolicy } from '../services/complaints/policy';
import { listWork } from '../services/complaints/work';
import { createResident, findResidents, getResident, updateResident } from '../services/residents';
import { appStatus } from '../services/status';
import { listAttention, resolveConflict } from '../services/attention';
import { connectShare, disconnectShare, reidentifyShare, shareStatus, syncNow } from '../services/share';

export type Handlers = {
  [K in ProcedureName]: (ctx: ServiceContext, input: ParsedInputOf<K>) => Promise<OutputOf<K>>;
};

export const handlers: Handlers = {
  'app.status': (ctx) => appStatus(ctx),
  'people.setUpOfficer': (ctx, input) => setUpOfficer(ctx, input),
  'demo.seed': (ctx, input) => seedDemoData(ctx, input),

  'residents.find': (ctx, input) => findResidents(ctx, input),
  'residents.get': (ctx, input) => getResident(ctx, input.id),
  'residents.create': (ctx, input) => createResident(ctx, input),
  'residents.update': (ctx, input) => updateResident(ctx, input),

  'contacts.log': (ctx, input) => logCall(ctx, input),

  'cases.list': (ctx, input) => listCases(ctx, input),
  'cases.get': (ctx, input) => getCase(ctx, input.idOrReference),
  'cases.open': (ctx, input) => openCase(ctx, input),
  'cases.update': (ctx, input) => updateCase(ctx, input),
  'cases.delete': (ctx, input) => deleteCase(ctx, input.id),
  'cases.command': (ctx, input) => commandCase(ctx, input),
  'cases.updateComplaint': (ctx, input) => updateComplaint(ctx, input),
  'cases.healthAndSafety': (ctx, input) => healthAndSafety(ctx, input),
  'cases.addParty': (ctx, input) => addParty(ctx, input),
  'cases.contactAttempt': (ctx, input) => contactAttempt(ctx, input),
  'points.add': (ctx, input) => addPoint(ctx, input),
  'points.update': (ctx, input) => updatePoint(ctx, input),
  'ombudsman.addRequest': (ctx, input) => addOmbudsmanRequest(ctx, input),
  'ombudsman.markDone': (ctx, input) => markOmbudsmanDone(ctx, input),
  'work.list': (ctx, input) => listWork(ctx, input),
  'people.list': (ctx) => listPeople(ctx),
  'policy.get': (ctx) => policyView(ctx),
  'policy.update': (ctx, input) => updatePolicy(ctx, input.policy),

  'share.status': (ctx) => shareStatus(ctx),
  'share.connect': (ctx, input) => connectShare(ctx, input),
  'share.disconnect': (ctx) => disconnectShare(ctx),
  'share.reidentify': (ctx, input) => reidentifyShare(ctx, input),
  'sync.now': (ctx) => syncNow(ctx),
  'attention.list': (ctx) => listAttention(ctx),
  'attention.resolveConflict': (ctx, input) => resolveConflict(ctx, input),
};
