// Looking after the share's files from scripts: tidying this computer's old files off it
// (`share gc`), and moving the whole share to a new place (`share migrate`).
import { parseShareLocation, shareLabel } from '../../shared/share/location';
import { UsageError } from './args';
import { call, print, type Command } from './io';
import { shareFolder, shareLineOf } from './shareLine';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const labelOf = (line: string) => shareLabel(parseShareLocation(line));

export const shareMoveCommands: Record<string, Command> = {
  async 'share gc'(app, f, p, io) {
    const path = await shareFolder(app, f, p);
    f.rejectUnknown();
    const r = await call(app, 'share.gc', { path });
    print(io, r, () =>
      [
        r.refused ??
          `Removed ${r.segmentsRemoved} of this computer’s old segment file(s) from ${labelOf(path)} (${mb(r.bytesFreed)} freed${r.otherFilesRemoved ? `, and ${r.otherFilesRemoved} older marker or hello file(s)` : ''}) in ${r.millis} ms.`,
        ...(r.snapshotWritten
          ? [`Wrote snapshot ${r.snapshotWritten} first, to hold what was removed.`]
          : []),
        ...r.kept.map((k) => `Kept ${k.segments} segment file(s): ${k.reason}.`),
      ].join('\n'),
    );
  },

  async 'share migrate'(app, f, _p, io) {
    const from = f.string('from');
    const to = f.string('to');
    if (!from || !to)
      throw new UsageError(
        'Say where the share is and where it goes: share migrate --from /mnt/old-share --to "https://acct.blob.core.windows.net/complaints?sv=…"',
      );
    f.rejectUnknown();
    const r = await call(app, 'share.migrate', { from: shareLineOf(from), to: shareLineOf(to) });
    const seconds = Math.max(r.millis, 1) / 1000;
    print(
      io,
      r,
      () =>
        `Moved the share to ${labelOf(shareLineOf(to))}: ${r.copied} file(s) copied, ${r.skipped} already there, ${r.verified} of ${r.files} checked by SHA-256; ${mb(r.bytes)} in ${seconds.toFixed(1)} s (${Math.round(r.copied / seconds)} files/s).\nOn each computer: share join --share NEW (no join code is needed).`,
    );
  },
};

export const SHARE_MOVE_USAGE = `  share gc [--share DIR] [--json]                      remove this computer's old files every computer has read
  share migrate --from OLD --to NEW [--json]            copy the whole share to a new place, each file checked`;
