// letters.pdf: every exported letter converted by LibreOffice (a batch per run, so 1,000 letters
// are forty runs, not one that cannot be followed or a thousand start-ups), then merged in print
// order with pdf-lib into one file to send to the printer.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { ConversionStopped, convertToPdf } from './soffice';

/** Letters per LibreOffice run: big enough to spread its start-up, small enough to show progress. */
export const PDF_BATCH = 25;

/** A run's time limit: start-up, then a generous time per letter (large print runs to many pages). */
const batchTimeout = (files: number) => 60_000 + 10_000 * files;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function makeLettersPdf(options: {
  soffice: string;
  /** The DOCX files, in print order. */
  files: readonly string[];
  /** A folder of the export's own to convert into. */
  workDir: string;
  signal: AbortSignal;
  onConverted(done: number, total: number): void;
  onMerged(done: number, total: number): void;
}): Promise<Uint8Array> {
  const { files, signal } = options;
  const partsDir = join(options.workDir, 'pdf-parts');
  await mkdir(partsDir, { recursive: true });
  // A private profile: never the person's own, and never locked by a LibreOffice they have open.
  const profileDir = await mkdtemp(join(tmpdir(), 'redress-libreoffice-'));
  options.onConverted(0, files.length);
  try {
    for (let start = 0; start < files.length; start += PDF_BATCH) {
      const batch = files.slice(start, start + PDF_BATCH);
      await convertToPdf({
        soffice: options.soffice,
        files: batch,
        outDir: partsDir,
        profileDir,
        timeoutMs: batchTimeout(batch.length),
        signal,
      });
      options.onConverted(start + batch.length, files.length);
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
  const merged = await PDFDocument.create();
  for (const [i, file] of files.entries()) {
    if (signal.aborted) throw new ConversionStopped('cancelled', 'The export was cancelled.');
    const part = join(partsDir, basename(file).replace(/\.docx$/i, '.pdf'));
    if (!existsSync(part))
      throw new ConversionStopped('failed', `LibreOffice could not convert “${basename(file)}” to PDF.`);
    const doc = await PDFDocument.load(await readFile(part));
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
    options.onMerged(i + 1, files.length);
    await yieldToEventLoop();
  }
  const bytes = await merged.save();
  await rm(partsDir, { recursive: true, force: true });
  return bytes;
}
