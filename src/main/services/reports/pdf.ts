// A report's PDF: LibreOffice converts the DOCX in a temporary folder with a private profile (as
// the post run's letters.pdf), in its own process, so the store is never held while it converts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { ConversionStopped, convertToPdf, findSoffice } from '../letters/post/soffice';

export const NO_LIBREOFFICE_FOR_REPORT =
  'LibreOffice is not installed on this computer, so the PDF could not be made: install LibreOffice, or download the Word document and save it as PDF from Word.';

export async function docxToPdf(docx: Uint8Array, baseName: string): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) throw new AppError('CONFLICT', NO_LIBREOFFICE_FOR_REPORT);
  const work = await mkdtemp(join(tmpdir(), 'redress-report-'));
  try {
    const file = join(work, `${baseName}.docx`);
    await writeFile(file, docx);
    await convertToPdf({
      soffice,
      files: [file],
      outDir: work,
      profileDir: join(work, 'profile'),
      timeoutMs: 120_000,
      signal: new AbortController().signal,
    });
    return await readFile(join(work, `${baseName}.pdf`));
  } catch (error) {
    if (error instanceof ConversionStopped) throw new AppError('CONFLICT', error.message);
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
