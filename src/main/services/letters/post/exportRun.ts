// One post run's export, step by step, into its hidden folder: the issued DOCX files in print
// order, letters.pdf (when LibreOffice is installed), manifest.csv and labels.docx; then every file
// renamed to its final name at once. It reads nothing from the store (the letters were read when
// it started), so the store is never held while files are written or LibreOffice runs, and it
// yields between letters so a thousand of them never hold up the process's other calls.
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  PostExportFile,
  PostExportProblem,
  PostExportResult,
  PostExportStep,
} from '../../../../shared/contract/post';
import { labelLines } from '../../../../shared/letters/post/address';
import { csvDocument } from '../../../../shared/letters/post/csv';
import { letterFileName } from '../../../../shared/letters/post/fileNames';
import { manifestLines } from '../../../../shared/letters/post/manifest';
import type { ServiceContext } from '../../../store/context';
import { publish, type Destination } from './destination';
import { labelSheet } from './labels';
import { issuedFile } from './letterFile';
import { makeLettersPdf, yieldToEventLoop } from './lettersPdf';
import type { PostLetterWithFile } from './list';
import { ConversionStopped, NO_LIBREOFFICE } from './soffice';

export const LETTERS_PDF = 'letters.pdf';
export const MANIFEST_CSV = 'manifest.csv';
export const LABELS_DOCX = 'labels.docx';

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

export interface RunOptions {
  ctx: ServiceContext;
  letters: readonly PostLetterWithFile[];
  destination: Destination;
  /** LibreOffice's soffice, or null when it is not installed. */
  soffice: string | null;
  signal: AbortSignal;
  onStep(step: PostExportStep, done: number, total: number): void;
}

interface Exported {
  letter: PostLetterWithFile;
  fileName: string;
}

function check(signal: AbortSignal): void {
  if (signal.aborted) throw new ExportCancelled();
}

async function copyLetters(o: RunOptions): Promise<{ exported: Exported[]; problems: PostExportProblem[] }> {
  const exported: Exported[] = [];
  const problems: PostExportProblem[] = [];
  const total = o.letters.length;
  for (const [i, letter] of o.letters.entries()) {
    check(o.signal);
    const file = await issuedFile(o.ctx, letter);
    if (file instanceof Uint8Array) {
      const fileName = letterFileName(exported.length + 1, total, letter.reference, letter.label);
      await writeFile(join(o.destination.staging, fileName), file);
      exported.push({ letter, fileName });
    } else problems.push(file);
    o.onStep('letters', i + 1, total);
    await yieldToEventLoop();
  }
  return { exported, problems };
}

/** letters.pdf, or why there is none; a cancel is passed on, any other trouble only explained. */
async function pdfOf(o: RunOptions, exported: Exported[]): Promise<string | null> {
  if (!o.soffice) return NO_LIBREOFFICE;
  try {
    const bytes = await makeLettersPdf({
      soffice: o.soffice,
      files: exported.map((e) => join(o.destination.staging, e.fileName)),
      workDir: join(o.destination.staging, '.work'),
      signal: o.signal,
      onConverted: (done, total) => o.onStep('pdf', done, total),
      onMerged: (done, total) => o.onStep('merge', done, total),
    });
    check(o.signal);
    await writeFile(join(o.destination.staging, LETTERS_PDF), bytes);
    return null;
  } catch (error) {
    if (error instanceof ConversionStopped && error.reason === 'cancelled') throw new ExportCancelled();
    if (error instanceof ExportCancelled) throw error;
    const why =
      error instanceof ConversionStopped
        ? error.message
        : `LibreOffice’s PDF could not be read (${(error as Error).message}).`;
    return `No letters.pdf was made: ${why} The letters, manifest and labels were exported; print the letters from their DOCX files, or export again.`;
  }
}

export async function runExport(o: RunOptions): Promise<PostExportResult> {
  const { exported, problems } = await copyLetters(o);
  if (exported.length === 0)
    throw new Error(
      `None of the letters could be exported. ${problems
        .slice(0, 3)
        .map((p) => p.message)
        .join(' ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`,
    );
  const pdfMissing = await pdfOf(o, exported);

  check(o.signal);
  o.onStep('manifest', 0, 1);
  const manifest = manifestLines(
    exported.map((e, i) => ({
      number: i + 1,
      reference: e.letter.reference,
      addresseeName: e.letter.addresseeName,
      addressLines: e.letter.addressLines,
      letter: e.letter.label,
      issuedOn: e.letter.issuedOn,
      copyTo: e.letter.copyTo,
      fileName: e.fileName,
    })),
  );
  await writeFile(join(o.destination.staging, MANIFEST_CSV), csvDocument(manifest), 'utf8');
  o.onStep('manifest', 1, 1);

  check(o.signal);
  o.onStep('labels', 0, 1);
  const labels = await labelSheet(
    exported.map((e) => labelLines(e.letter.addresseeName, e.letter.addressLines)),
  );
  await writeFile(join(o.destination.staging, LABELS_DOCX), labels);
  o.onStep('labels', 1, 1);

  check(o.signal);
  const names: Array<{ name: string; kind: PostExportFile['kind'] }> = [
    ...exported.map((e) => ({ name: e.fileName, kind: 'letter' as const })),
    ...(pdfMissing ? [] : [{ name: LETTERS_PDF, kind: 'pdf' as const }]),
    { name: MANIFEST_CSV, kind: 'manifest' },
    { name: LABELS_DOCX, kind: 'labels' },
  ];
  const files: PostExportFile[] = [];
  for (const f of names) files.push({ ...f, bytes: (await stat(join(o.destination.staging, f.name))).size });
  o.onStep('finishing', 0, 1);
  await publish(
    o.destination,
    names.map((n) => n.name),
  );
  o.onStep('finishing', 1, 1);
  return {
    folder: o.destination.folder,
    letters: exported.length,
    letterIds: exported.map((e) => e.letter.id),
    files,
    pdf: pdfMissing ? null : LETTERS_PDF,
    pdfMissing,
    notExported: problems,
  };
}
