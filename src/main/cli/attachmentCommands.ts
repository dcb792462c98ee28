// Attachments from scripts: attach a file to a case, list a case's files, and write one back out,
// verified against the fingerprint (SHA-256) it was attached with.
import { statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { Attachment } from '../../shared/contract/attachments';
import { attachmentTooLarge, fileSizeInWords, mediaTypeOf } from '../../shared/attachments/fileTypes';
import { UsageError } from './args';
import { call, print, readInputFile, type Command } from './io';

const STATE_WORDS: Record<Attachment['state'], string> = {
  here: '',
  not_yet_arrived: '  (not arrived on this computer yet)',
  damaged: '  (DAMAGED: its bytes do not match its fingerprint)',
};

function line(a: Attachment): string {
  return `${a.sha256}  ${fileSizeInWords(a.sizeBytes).padStart(8)}  ${a.fileName}${a.caption ? ` — ${a.caption}` : ''}${STATE_WORDS[a.state]}`;
}

export const attachmentCommands: Record<string, Command> = {
  async 'attach add'(app, f, p, io) {
    const [key, file] = p;
    if (!key || !file)
      throw new UsageError('Give the case reference and the file, e.g. attach add RD-26-K7-0001 photo.jpg');
    const pointId = f.string('point');
    const caption = f.string('caption');
    f.rejectUnknown();
    const path = resolve(file);
    // Checked before reading: a file far over the limit is never loaded.
    const { maxBytes } = await call(app, 'attachments.limit', {});
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    const tooLarge = size === undefined ? null : attachmentTooLarge(size, maxBytes);
    if (tooLarge) throw new AppError('VALIDATION', tooLarge);
    const bytes = readInputFile(path);
    const c = await call(app, 'cases.get', { idOrReference: key });
    const a = await call(app, 'attachments.add', {
      caseId: c.case.id,
      pointId: pointId ?? null,
      fileName: basename(path),
      mediaType: mediaTypeOf(path),
      bytes: bytes.toString('base64'),
      caption: caption ?? null,
    });
    print(io, a, () => `Attached to ${c.case.reference}: ${line(a)}`);
  },

  async 'attach list'(app, f, p, io) {
    const key = p[0];
    if (!key) throw new UsageError('Give the case reference, e.g. attach list RD-26-K7-0001');
    f.rejectUnknown();
    const c = await call(app, 'cases.get', { idOrReference: key });
    const list = await call(app, 'attachments.list', { caseId: c.case.id });
    print(io, list, () =>
      list.length ? list.map(line).join('\n') : `${c.case.reference} has no attachments.`,
    );
  },

  async 'attach get'(app, f, p, io) {
    const sha256 = p[0];
    if (!sha256)
      throw new UsageError('Give the file’s fingerprint, e.g. attach get 3a7bd3e2… --out photo.jpg');
    const out = resolve(f.required('out', 'photo.jpg'));
    f.rejectUnknown();
    const file = await call(app, 'attachments.get', { sha256: sha256.toLowerCase() });
    writeFileSync(out, Buffer.from(file.bytes, 'base64'));
    print(
      io,
      { ...file.attachment, out },
      () => `Wrote ${out} (${fileSizeInWords(file.attachment.sizeBytes)}, fingerprint checked).`,
    );
  },
};

export const ATTACHMENT_USAGE = `  attach add REF FILE [--point POINT-ID] [--caption TEXT]   attach a photo, letter, email or report; prints its sha256
  attach list REF [--json]                            a case's attachments (damaged or not yet arrived ones say so)
  attach get SHA256 --out FILE                        write a file back out, its fingerprint checked`;
