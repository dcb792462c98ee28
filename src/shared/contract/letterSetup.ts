// What every letter carries, set up by a manager: the house style (name, address, logo, sign-off)
// and the standard paragraphs as versions (each issued letter names the versions it used).
import { z } from 'zod';
import { optionalText, requiredText } from '../domain/fields';
import type { HouseStyle } from '../letters/content';
import { PARAGRAPH_KEYS, PARAGRAPH_MAX_CHARS, type ParagraphKey } from '../letters/paragraphs';
import { base64Bytes } from './attachments';
import { EmptyInput } from './inputs';
import { managers, mutation, officers, query } from './procedure';

export const SetHouseStyleInput = z.object({
  landlordName: requiredText(160, "The landlord's name"),
  addressLines: z.array(requiredText(200, 'An address line')).min(1).max(8),
  phone: optionalText(40),
  email: optionalText(200),
  website: optionalText(200),
  signOff: requiredText(60, 'The sign-off'),
  /** A PNG or JPEG logo, base64; null removes it; left out keeps the one there is. */
  logo: z
    .object({ fileName: requiredText(255, 'The file name'), bytes: base64Bytes })
    .nullable()
    .optional(),
});

export const SaveParagraphInput = z.object({
  key: z.enum(PARAGRAPH_KEYS),
  text: requiredText(PARAGRAPH_MAX_CHARS, 'The paragraph'),
  /** Why it changed (e.g. "The Ombudsman's new address"). */
  note: optionalText(300),
});

export interface HouseStyleView extends HouseStyle {
  /** The logo as base64, to show in Settings; null without one. */
  logo: { mediaType: string; bytes: string } | null;
  /** False until a manager has set it up (letters then carry a placeholder name). */
  isSet: boolean;
}

export interface ParagraphHistoryEntry {
  version: number;
  text: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string | null;
  /** Redress's own first version, from resources/paragraphs/. */
  shipped: boolean;
}

export interface StandardParagraph {
  key: ParagraphKey;
  label: string;
  current: ParagraphHistoryEntry;
  /** Every version, newest first. */
  history: ParagraphHistoryEntry[];
}

export const letterSetupProcedures = {
  'houseStyle.get': query<HouseStyleView>()(EmptyInput, officers),
  'houseStyle.set': mutation<HouseStyleView>('synced')(
    SetHouseStyleInput,
    managers('change the house style of letters'),
  ),
  'paragraphs.list': query<StandardParagraph[]>()(EmptyInput, officers),
  'paragraphs.save': mutation<StandardParagraph>('synced')(
    SaveParagraphInput,
    managers('change the standard paragraphs of letters'),
  ),
} as const;
