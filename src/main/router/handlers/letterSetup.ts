import type { letterSetupProcedures } from '../../../shared/contract/letterSetup';
import { houseStyleView, setHouseStyle } from '../../services/letters/setup/houseStyle';
import { listParagraphs, saveParagraph } from '../../services/letters/setup/paragraphs';
import type { HandlersFor } from '../types';

export const letterSetupHandlers: HandlersFor<typeof letterSetupProcedures> = {
  'houseStyle.get': (ctx) => houseStyleView(ctx),
  'houseStyle.set': (ctx, input) => setHouseStyle(ctx, input),
  'paragraphs.list': (ctx) => listParagraphs(ctx),
  'paragraphs.save': (ctx, input) => saveParagraph(ctx, input),
};
