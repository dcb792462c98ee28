// Which files a case may hold: recognised by name, confirmed by first bytes where that is reliable;
// sizes in the words people read; the limit's message names where to change it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  attachmentTooLarge,
  fileSizeInWords,
  isPicture,
  recogniseAttachment,
} from '../../src/shared/attachments/fileTypes';
import { safeFileName, writeTempCopy } from '../../src/main/electron/openFile';
import { PNG_1PX, pdf } from '../attachmentFiles';
import { AddAttachmentInput } from '../../src/shared/contract/attachments';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (t: string) => new TextEncoder().encode(t);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const HEIC = Uint8Array.from([0, 0, 0, 24, ...text('ftypheic')]);

describe('recogniseAttachment', () => {
  it.each([
    ['visit.JPG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['meter.png', PNG_1PX, 'image/png'],
    ['anim.gif', text('GIF89a'), 'image/gif'],
    ['wall.webp', text('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    ['IMG_0042.HEIC', HEIC, 'image/heic'],
    ['letter.pdf', pdf(1), 'application/pdf'],
    ['report.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['old.doc', OLE, 'application/msword'],
    ['costs.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['costs.xls', OLE, 'application/vnd.ms-excel'],
    ['notes.odt', ZIP, 'application/vnd.oasis.opendocument.text'],
    ['email.msg', OLE, 'application/vnd.ms-outlook'],
    ['email.eml', text('From: a@b'), 'message/rfc822'],
    ['notes.txt', text('hello'), 'text/plain'],
    ['jobs.csv', text('a,b'), 'text/csv'],
  ])('%s is accepted as %s', (name, head, mediaType) => {
    const r = recogniseAttachment(name, head);
    expect('type' in r && r.type.mediaType).toBe(mediaType);
  });

  it.each([
    ['setup.exe', text('MZ'), /\.exe files are not accepted/],
    ['README', text('hi'), /files without a type in their name/],
    ['photo.jpg', text('MZ'), /named as a JPEG photo but its contents are not one/],
    ['scan.png', bytes(0xff, 0xd8, 0xff), /named as a PNG image/],
    ['letter.pdf', text('<html>'), /named as a PDF document/],
    ['report.docx', text('plain text'), /named as a Word document/],
    ['IMG.heic', bytes(0xff, 0xd8, 0xff), /HEIC photo/],
    ['empty.txt', new Uint8Array(0), /is empty \(0 bytes\)/],
  ])('%s is refused', (name, head, why) => {
    const r = recogniseAttachment(name, head);
    expect('problem' in r && r.problem).toMatch(why);
  });

  it('only the pictures a window can draw get thumbnails', () => {
    expect(['image/jpeg', 'image/png', 'image/gif', 'image/webp'].every(isPicture)).toBe(true);
    expect(isPicture('image/heic')).toBe(false);
    expect(isPicture('application/pdf')).toBe(false);
  });
});

describe('sizes and the limit', () => {
  it.each([
    [512, '512 bytes'],
    [2048, '2 KB'],
    [1_048_576, '1 MB'],
    [Math.round(31.2 * 1_048_576), '31.2 MB'],
    [25 * 1_048_576, '25 MB'],
  ])('%d bytes reads as %s', (n, words) => expect(fileSizeInWords(n)).toBe(words));

  it('a file up to the limit is fine; over it, the message says how big and where the limit is set', () => {
    expect(attachmentTooLarge(25 * 1_048_576, 25 * 1_048_576)).toBeNull();
    expect(attachmentTooLarge(Math.round(31.2 * 1_048_576), 25 * 1_048_576)).toBe(
      'This file is 31.2 MB; attachments can be up to 25 MB (Settings → Attachments).',
    );
  });
});

describe('opening a copy in the desktop app', () => {
  it.each([
    ['visit.jpg', 'visit.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\evil.pdf', 'evil.pdf'],
    ['a<b>:c?.pdf', 'a_b__c_.pdf'],
    ['.hidden', 'hidden'],
    ['...', 'attachment'],
  ])('%s is written as %s', (name, safe) => expect(safeFileName(name)).toBe(safe));

  it('writes the bytes to a fresh private folder and refuses anything but a name and bytes', () => {
    const path = writeTempCopy('letter.pdf', pdf(1));
    expect(path).toMatch(/redress-open-.*letter\.pdf$/);
    expect(readFileSync(path).equals(pdf(1))).toBe(true);
    expect(() => writeTempCopy(42, pdf(1))).toThrow();
    expect(() => writeTempCopy('x.pdf', 'not bytes')).toThrow();
  });
});

describe('the bytes as the contract takes them', () => {
  it.each([
    ['', true],
    ['QUJD', true],
    ['QUI=', true],
    ['QQ==', true],
    ['QQ=A', false],
    ['Q===', false],
    ['QUJ', false],
    ['QU J', false],
    ['QUJD\n', false],
  ])('%j is base64: %s', (value, ok) => {
    expect(AddAttachmentInput.shape.bytes.safeParse(value).success).toBe(ok);
  });
});
