// The post run from scripts: the letters to post in a range of issue dates, their export into a
// folder (followed to the end, its steps on stderr), and marking them posted. The same procedures
// the Post screen calls.
import { resolve } from 'node:path';
import type { PostExportProgress, PostExportResult } from '../../shared/contract/post';
import { isIsoDate } from '../../shared/complaints/calendar';
import type { RedressApp } from '../app';
import { type Flags, UsageError } from './args';
import { call, print, type Command, type Io } from './io';

function date(f: Flags, name: string, fallback?: string): string {
  const v = fallback === undefined ? f.required(name, '2026-12-03') : (f.string(name) ?? fallback);
  if (!isIsoDate(v)) throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not "${v}"`);
  return v;
}

/** --from and --to; --to defaults to --from (one day's post). */
function range(f: Flags): { from: string; to: string } {
  const from = date(f, 'from');
  return { from, to: date(f, 'to', from) };
}

const POLL_MS = 100;

/** Follows the export to its end, telling stderr each step as it starts. */
async function followExport(app: RedressApp, exportId: string, io: Io): Promise<PostExportProgress> {
  let said = '';
  for (;;) {
    const p = await call(app, 'post.exportProgress', { exportId });
    if (p.state !== 'running') return p;
    if (p.stepLabel !== said) io.progress(`${(said = p.stepLabel)}…`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function resultLines(r: PostExportResult, marked: number | null): string {
  return [
    `Exported ${r.letters} letter(s) to ${r.folder}:`,
    ...r.files.filter((f) => f.kind !== 'letter').map((f) => `  ${f.name}`),
    `  and each letter as DOCX (${r.files.filter((f) => f.kind === 'letter').length} files)`,
    ...(r.pdfMissing ? [r.pdfMissing] : []),
    ...r.notExported.map((p) => `NOT EXPORTED: ${p.message}`),
    ...(marked === null ? [] : [`Marked ${marked} letter(s) as posted.`]),
  ].join('\n');
}

export const postCommands: Record<string, Command> = {
  async 'letters list'(app, f, _p, io) {
    const input = { ...range(f), show: f.bool('unposted') ? ('unposted' as const) : ('all' as const) };
    f.rejectUnknown();
    const list = await call(app, 'post.list', input);
    print(io, list, () =>
      [
        `${list.counts.total} letter(s) to go by post issued ${list.from}${list.to === list.from ? '' : ` to ${list.to}`}: ${list.counts.unposted} not yet posted, ${list.counts.posted} posted.`,
        ...list.letters.map(
          (l) =>
            `${l.issuedOn}  ${l.reference.padEnd(14)}  ${l.label.padEnd(26)}  ${l.addresseeName.padEnd(24).slice(0, 24)}  ${l.postedOn ? `posted ${l.postedOn}` : 'not posted'}`,
        ),
      ].join('\n'),
    );
  },

  async 'letters export'(app, f, _p, io) {
    const input = {
      ...range(f),
      folder: resolve(f.required('out', 'post-2026-12-03')),
      unposted: f.bool('unposted'),
    };
    const markAfter = f.bool('mark-posted');
    const on = f.string('on');
    f.rejectUnknown();
    if (on !== undefined && !markAfter)
      throw new UsageError('--on goes with --mark-posted (the day they were posted)');
    if (on !== undefined && !isIsoDate(on))
      throw new UsageError(`--on must be a date as YYYY-MM-DD, not "${on}"`);
    const started = await call(app, 'post.export', input);
    io.progress(`Exporting ${started.total} letter(s) to ${started.folder}`);
    const end = await followExport(app, started.exportId, io);
    if (!end.result) throw new Error(end.message ?? 'The export stopped.');
    const result = end.result;
    let marked: number | null = null;
    if (markAfter)
      marked = (await call(app, 'post.markPosted', { ids: result.letterIds, ...(on ? { on } : {}) })).marked;
    for (const p of result.notExported) io.progress(`Not exported: ${p.message}`);
    print(io, { ...result, ...(marked === null ? {} : { markedPosted: marked }) }, () =>
      resultLines(result, marked),
    );
  },

  async 'letters posted'(app, f, _p, io) {
    const r = range(f);
    const on = f.string('on');
    f.rejectUnknown();
    if (on !== undefined && !isIsoDate(on))
      throw new UsageError(`--on must be a date as YYYY-MM-DD, not "${on}"`);
    const list = await call(app, 'post.list', { ...r, show: 'unposted' });
    if (list.letters.length === 0) {
      const none = { marked: 0, alreadyPosted: list.counts.posted, postedOn: null };
      return print(
        io,
        none,
        () => 'No letters to mark: every letter to go by post in these dates is already marked posted.',
      );
    }
    const marked = await call(app, 'post.markPosted', {
      ids: list.letters.map((l) => l.id),
      ...(on ? { on } : {}),
    });
    print(io, marked, () => `Marked ${marked.marked} letter(s) as posted on ${marked.postedOn}.`);
  },
};

export const POST_USAGE = `  letters list --from DATE [--to DATE] [--unposted] [--json]
                                                      issued letters going by post (post or both), by issue date
  letters export --from DATE [--to DATE] --out DIR [--unposted] [--mark-posted [--on DATE]] [--json]
                                                      DIR (new or empty) gets each letter's DOCX, letters.pdf
                                                      (when LibreOffice is installed), manifest.csv and labels.docx
  letters posted --from DATE [--to DATE] [--on DATE]   marks the range's letters not yet posted as posted on DATE (today)`;
