// The annual complaints report and the quarterly board pack from scripts: the same procedures the
// Reports screen calls, each file written atomically (a temporary file beside it, then renamed),
// so a reader never sees half a document.
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { Flags, UsageError } from './args';
import { call, ExitStatus, print, type Command } from './io';

/** The --out path, refused plainly when its folder does not exist. */
function outPath(f: Flags, ext: string): string {
  const out = resolve(f.required('out', `FILE.${ext}`));
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(`The folder ${folder} does not exist: create it, or choose another --out`);
  return out;
}

function writeAtomically(path: string, base64: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  writeFileSync(temp, Buffer.from(base64, 'base64'));
  renameSync(temp, path);
}

function year(f: Flags): number {
  const v = f.int('year');
  if (v === undefined)
    throw new UsageError('--year is required, e.g. --year 2026 (1 April 2026 – 31 March 2027)');
  return v;
}

export const reportDocumentCommands: Record<string, Command> = {
  async 'report annual'(app, f, _p, io) {
    const y = year(f);
    const out = outPath(f, 'docx');
    const pdf = f.bool('pdf');
    f.rejectUnknown();
    const docx = await call(app, 'annualReport.export', { year: y, pdf: false });
    writeAtomically(out, docx.bytes);
    const written: { docx: string; pdf: string | null; pdfProblem: string | null } = {
      docx: out,
      pdf: null,
      pdfProblem: null,
    };
    if (pdf) {
      const pdfOut = out.replace(/\.docx$/i, '') + '.pdf';
      try {
        writeAtomically(pdfOut, (await call(app, 'annualReport.export', { year: y, pdf: true })).bytes);
        written.pdf = pdfOut;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
        written.pdfProblem = error.message;
      }
    }
    print(io, written, () =>
      [`Wrote ${out}: the annual complaints report for ${y}/${String((y + 1) % 100).padStart(2, '0')}.`]
        .concat(written.pdf ? [`Wrote ${written.pdf}.`] : [])
        .concat(written.pdfProblem ? [`No PDF: ${written.pdfProblem}`] : [])
        .join('\n'),
    );
    return written.pdfProblem ? new ExitStatus(1) : undefined;
  },

  async 'report board'(app, f, _p, io) {
    const quarter = f.required('quarter', '2026Q3 (July to September 2026)');
    const out = outPath(f, 'docx');
    f.rejectUnknown();
    const file = await call(app, 'boardPack.export', { quarter });
    writeAtomically(out, file.bytes);
    print(io, { docx: out }, () => `Wrote ${out}: the board complaints pack for ${quarter}.`);
  },
};

export const REPORT_DOCUMENT_USAGE = `  report annual --year 2026 --out FILE.docx [--pdf]   the annual complaints performance and service improvement report (1 April – 31 March); --pdf also writes FILE.pdf with LibreOffice
  report board --quarter 2026Q3 --out FILE.docx        the quarterly pack for the board and the Member Responsible for Complaints (calendar quarter)`;
