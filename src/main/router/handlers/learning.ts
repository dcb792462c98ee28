import type { learningProcedures } from '../../../shared/contract/learning';
import { getLearning, recordSatisfaction, setLearning } from '../../services/learning/caseLearning';
import {
  addImprovement,
  linkCase,
  listImprovements,
  unlinkCase,
  updateImprovement,
} from '../../services/learning/improvements';
import { rootCausesView, updateRootCauses } from '../../services/learning/rootCauses';
import type { HandlersFor } from '../types';

export const learningHandlers: HandlersFor<typeof learningProcedures> = {
  'learning.get': (ctx, input) => getLearning(ctx, input.caseId),
  'learning.set': (ctx, input) => setLearning(ctx, input),
  'learning.rootCauses': (ctx) => rootCausesView(ctx),
  'learning.updateRootCauses': (ctx, input) => updateRootCauses(ctx, input.causes),
  'satisfaction.record': (ctx, input) => recordSatisfaction(ctx, input),
  'improvements.list': (ctx, input) => listImprovements(ctx, input),
  'improvements.add': (ctx, input) => addImprovement(ctx, input),
  'improvements.update': (ctx, input) => updateImprovement(ctx, input),
  'improvements.link': (ctx, input) => linkCase(ctx, input),
  'improvements.unlink': (ctx, input) => unlinkCase(ctx, input),
};
