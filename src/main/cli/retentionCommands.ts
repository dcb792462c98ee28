// Retention and subject access from scripts: the review list, erasing a resident's personal data,
// and everything held about a resident as one zip.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './args';
import { call, print, type Command } from './io';

export const retentionCommands: Record<string, Command> = {
  async 'retention due'(app, f, _p, io) {
    f.rejectUnknown();
    const due = await call(app, 'retention.due', {});
    print(io, due, () =>
      due.residents.length
        ? [
            `Kept more than ${due.years} years after their last case closed (before ${due.cutoff}):`,
            ...due.residents.map(
              (r) =>
                `  ${r.residentId}  ${r.initials.padEnd(6)} last closed ${r.lastClosedOn}  ${r.cases.map((c) => c.reference).join(', ')}`,
            ),
          ].join('\n')
        : `No resident's files have been kept more than ${due.years} years after their last case closed.`,
    );
  },

  async 'resident erase'(app, f, p, io) {
    const residentId = p[0];
    if (!residentId)
      throw new UsageError(
        'Give the resident’s id, e.g. resident erase 0193… --reason "Retention period over"',
      );
    const reason = f.required('reason', '"Retention period over"');
    f.rejectUnknown();
    const result = await call(app, 'resident.erase', { residentId, reason });
    print(
      io,
      result,
      () =>
        `Erased the personal data of resident ${result.residentId} on this computer (${result.records} records, ${result.cases} case(s)${result.homeErased ? ', their home’s address too' : ''}). Other computers erase it as they sync.`,
    );
  },

  async 'resident export'(app, f, p, io) {
    const residentId = p[0];
    if (!residentId) throw new UsageError('Give the resident’s id, e.g. resident export 0193… --out sar.zip');
    const out = resolve(f.required('out', 'FILE.zip'));
    f.rejectUnknown();
    const file = await call(app, 'resident.export', { residentId });
    writeFileSync(out, Buffer.from(file.bytes, 'base64'), { mode: 0o600 });
    print(
      io,
      { out, fileName: file.fileName, counts: file.counts },
      () =>
        `Wrote ${out}: everything held about the resident (${file.counts.cases} case(s), ${file.counts.calls} call(s), ${file.counts.notes} note(s), ${file.counts.letters} letter(s), ${file.counts.attachments} attachment(s)).`,
    );
  },
};

export const RETENTION_USAGE = `  retention due [--json]               residents whose every case closed more than the retention period ago (initials only)
  resident erase ID --reason TEXT      erase a resident's personal data, leaving an anonymised statistical record
  resident export ID --out FILE.zip    everything held about a resident (subject access request)`;
