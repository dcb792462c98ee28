// The file name an issued letter is saved and posted under, e.g.
// "CMP-2026-0042 Stage 1 response 2026-11-27.docx": readable, sorted by case then date, and safe
// on Windows (no reserved characters, no trailing dots or spaces, not too long).
import { LETTER_TYPE_LABELS, type LetterType } from '../../../../shared/letters/letterTypes';

const RESERVED = /[<>:"/\\|?*]/g;
// Characters below space (tabs, line breaks) are not allowed in Windows file names either.
const CONTROL = (c: string) => (c.charCodeAt(0) < 32 ? '-' : c);
const MAX_STEM = 150;

export function letterFileName(reference: string, type: LetterType, date: string): string {
  const stem = `${reference} ${LETTER_TYPE_LABELS[type]} ${date}`
    .replace(RESERVED, '-')
    .split('')
    .map(CONTROL)
    .join('')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_STEM)
    .replace(/[. ]+$/, '')
    .trim();
  return `${stem || 'letter'}.docx`;
}
