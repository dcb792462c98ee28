import type { templateProcedures } from '../../../shared/contract/templates';
import {
  importTemplate,
  listTemplates,
  retireTemplate,
  templateFile,
} from '../../services/letters/templateAdmin';
import type { HandlersFor } from '../types';

export const templateHandlers: HandlersFor<typeof templateProcedures> = {
  'templates.list': (ctx) => listTemplates(ctx),
  'templates.import': (ctx, input) => importTemplate(ctx, input),
  'templates.retire': (ctx, input) => retireTemplate(ctx, input),
  'templates.file': (ctx, input) => templateFile(ctx, input),
};
