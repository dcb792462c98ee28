// The words a new draft starts with, from what the case already records, so the officer edits
// rather than starts from nothing. Sections the officer must think about (the remedy) start empty.
import type { Selectable } from 'kysely';
import type { SectionName, LetterType } from '../../../shared/letters/letterTypes';
import { richFromPlain, type RichText } from '../../../shared/letters/richText';
import type { CasesTable } from '../../db/schema';

export interface PrefillSources {
  caseRow: Selectable<CasesTable>;
  /** The latest extension's reason, for an extension notice. */
  extensionReason: string | null;
  /** Findings recorded per point, in order. */
  findings: string[];
}

const OPENING_ACK =
  'Thank you for contacting us. We have logged your complaint and this letter explains what happens next.';
const OPENING_RESPONSE =
  'Thank you for your complaint and for your patience while we investigated it. This letter sets out what we found and what we have decided.';
const CLOSING = 'If you have any questions about this letter, please contact me using the details below.';
const SURVEY =
  'We would like to know how we handled your complaint. Please tell us how satisfied you are with the way we handled it and with the outcome, by replying to this letter, calling us or emailing us. Your answers help us improve.';

export function prefill(type: LetterType, s: PrefillSources): Partial<Record<SectionName, RichText>> {
  const text = (plain: string | null | undefined) => (plain ? richFromPlain(plain) : []);
  switch (type) {
    case 'ack_stage1':
    case 'ack_stage2':
      return { opening: text(OPENING_ACK) };
    case 'not_accepted':
      return { reasons: text(s.caseRow.decline_explanation) };
    case 'escalation_refused':
      return { reasons: text(s.caseRow.escalation_refusal_explanation) };
    case 'extension':
      return { reasons: text(s.extensionReason) };
    case 'stage1_response':
    case 'stage2_response':
      return {
        opening: text(OPENING_RESPONSE),
        investigation: text(s.findings.filter((f) => f.trim()).join('\n\n')),
        remedy: [],
        closing: text(CLOSING),
      };
    case 'action_update':
      return { update: [] };
    case 'closure':
      return { closing: text(SURVEY) };
  }
}
