import type { remedyProcedures } from '../../../shared/contract/remedies';
import { addAction, caseActions, completeAction, recordActionUpdate } from '../../services/remedies/actions';
import {
  addRemedy,
  approveRemedy,
  listRemedies,
  remedyStepTaken,
  updateRemedy,
} from '../../services/remedies/remedies';
import { remedySettings, updateRemedySettings } from '../../services/remedies/settings';
import { actionOwners, listActions } from '../../services/remedies/tracker';
import type { HandlersFor } from '../types';

export const remedyHandlers: HandlersFor<typeof remedyProcedures> = {
  'remedies.add': (ctx, input) => addRemedy(ctx, input),
  'remedies.update': (ctx, input) => updateRemedy(ctx, input),
  'remedies.approve': (ctx, input) => approveRemedy(ctx, input.id),
  'remedies.offer': (ctx, input) => remedyStepTaken(ctx, 'offer', input),
  'remedies.accept': (ctx, input) => remedyStepTaken(ctx, 'accept', input),
  'remedies.decline': (ctx, input) => remedyStepTaken(ctx, 'decline', input),
  'remedies.pay': (ctx, input) => remedyStepTaken(ctx, 'pay', input),
  'remedies.list': (ctx, input) => listRemedies(ctx, input.caseId),
  'remedies.settings': (ctx) => remedySettings(ctx.db),
  'remedies.updateSettings': (ctx, input) => updateRemedySettings(ctx, input),
  'actions.add': (ctx, input) => addAction(ctx, input),
  'actions.update': (ctx, input) => recordActionUpdate(ctx, input),
  'actions.complete': (ctx, input) => completeAction(ctx, input),
  'actions.list': (ctx, input) => listActions(ctx, input),
  'actions.forCase': (ctx, input) => caseActions(ctx, input.caseId),
  'actions.owners': (ctx) => actionOwners(ctx),
};
