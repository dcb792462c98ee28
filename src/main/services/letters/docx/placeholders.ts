// The {{placeholders}} a DOCX holds, in its body, headers and footers, found as the filler finds
// them (so one Word split across runs still counts). Anything that is not a plain Word document
// is refused in a sentence an officer can act on: not a DOCX, a damaged file, or one with macros.
import { patchDetector } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../../../shared/contract/errors';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const WORD_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

const refuse = (message: string) =>
  new AppError('VALIDATION', message, { issues: [{ path: 'bytes', message }] });

/** Checks the bytes are a plain Word document (.docx), throwing a plain VALIDATION error if not. */
export function assertWordDocument(bytes: Uint8Array): void {
  if (bytes.length < 4 || ZIP_SIGNATURE.some((v, i) => bytes[i] !== v))
    throw refuse(
      'This file is not a Word document (.docx). Save it from Word or LibreOffice as a .docx and try again.',
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === '[Content_Types].xml' || f.name.startsWith('word/'),
    });
  } catch {
    throw refuse(
      'This Word document is damaged and cannot be read. Save it again from Word or LibreOffice and try again.',
    );
  }
  const types = files['[Content_Types].xml'] ? strFromU8(files['[Content_Types].xml']) : '';
  if (/macroEnabled/i.test(types) || Object.keys(files).some((n) => /vbaProject\.bin$/i.test(n)))
    throw refuse(
      'This Word document contains macros, which Redress does not accept. Save it as a plain .docx (not .docm) and try again.',
    );
  if (!types.includes(WORD_DOCUMENT) || !files['word/document.xml'])
    throw refuse(
      'This file is not a Word document (.docx). Save it from Word or LibreOffice as a .docx and try again.',
    );
}

/** The placeholder names in the document, each once, in the order first found. */
export async function placeholdersIn(bytes: Uint8Array): Promise<string[]> {
  assertWordDocument(bytes);
  try {
    return [...(await patchDetector({ data: bytes, trimPlaceholders: true }))];
  } catch {
    throw refuse(
      'This Word document is damaged and cannot be read. Save it again from Word or LibreOffice and try again.',
    );
  }
}
