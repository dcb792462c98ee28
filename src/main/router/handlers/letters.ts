import type { letterProcedures } from '../../../shared/contract/letters';
import { discardLetter, draftLetter, setSection } from '../../services/letters/drafts';
import { issueLetter, issuedFile, previewLetter } from '../../services/letters/issue';
import { caseLetters, letterTypes } from '../../services/letters/list';
import { letterView } from '../../services/letters/view';
import type { HandlersFor } from '../types';
import { viewed } from '../../services/audit/recordView';

export const letterHandlers: HandlersFor<typeof letterProcedures> = {
  'letters.types': (ctx, input) => letterTypes(ctx, input.caseId),
  'letters.list': (ctx, input) => caseLetters(ctx, input.caseId),
  'letters.get': (ctx, input) => letterView(ctx, ctx.db, input.id),
  'letters.draft': (ctx, input) => draftLetter(ctx, input),
  'letters.setSection': (ctx, input) => setSection(ctx, input),
  'letters.check': async (ctx, input) => {
    const l = await letterView(ctx, ctx.db, input.id);
    return { ready: l.ready, missing: l.missing, checklist: l.checklist };
  },
  'letters.preview': (ctx, input) => previewLetter(ctx, input.id),
  'letters.issue': (ctx, input) =>
    viewed(ctx, issueLetter(ctx, input), (l) => ({ action: 'issued', entity: 'letter', id: l.id })),
  'letters.discard': (ctx, input) => discardLetter(ctx, input.id),
  'letters.file': (ctx, input) =>
    viewed(ctx, issuedFile(ctx, input.id), () => ({ action: 'opened', entity: 'letter', id: input.id })),
};
