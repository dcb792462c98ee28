import type { caseProcedures } from '../../../shared/contract/cases';
import { deleteCase, listCases, openCase, updateCase } from '../../services/cases';
import { getCase } from '../../services/caseView';
import type { HandlersFor } from '../types';
import { viewed } from '../../services/audit/recordView';

export const caseHandlers: HandlersFor<typeof caseProcedures> = {
  'cases.list': (ctx, input) => listCases(ctx, input),
  'cases.get': (ctx, input) =>
    viewed(ctx, getCase(ctx, input.idOrReference), (d) => ({
      action: 'viewed',
      entity: 'case',
      id: d.case.id,
    })),
  'cases.open': (ctx, input) => openCase(ctx, input),
  'cases.update': (ctx, input) => updateCase(ctx, input),
  'cases.delete': (ctx, input) => deleteCase(ctx, input.id),
};
