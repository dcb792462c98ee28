import type { caseProcedures } from '../../../shared/contract/cases';
import { deleteCase, listCases, openCase, updateCase } from '../../services/cases';
import { getCase } from '../../services/caseView';
import type { HandlersFor } from '../types';

export const caseHandlers: HandlersFor<typeof caseProcedures> = {
  'cases.list': (ctx, input) => listCases(ctx, input),
  'cases.get': (ctx, input) => getCase(ctx, input.idOrReference),
  'cases.open': (ctx, input) => openCase(ctx, input),
  'cases.update': (ctx, input) => updateCase(ctx, input),
  'cases.delete': (ctx, input) => deleteCase(ctx, input.id),
};
