// Which files a case may hold, and how one is recognised. Images and PDFs are recognised by their
// first bytes (a renamed program must not pass as a photo); office documents, emails and text by
// their name and stated type, since their contents vary too much to check cheaply.

export interface AttachmentType {
  /** In plain words, for messages and the list. */
  label: string;
  mediaType: string;
  extensions: readonly string[];
  /** The first bytes every such file starts with, when that is a reliable check. */
  magic?: (head: Uint8Array) => boolean;
  /** A browser can show it as a picture (a thumbnail). */
  image?: true;
}

const startsWith =
  (...bytes: number[]) =>
  (head: Uint8Array) =>
    bytes.every((b, i) => head[i] === b);
const ascii = (head: Uint8Array, from: number, text: string) =>
  [...text].every((c, i) => head[from + i] === c.charCodeAt(0));

const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);
const OLE = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  {
    label: 'JPEG photo',
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    magic: startsWith(0xff, 0xd8, 0xff),
    image: true,
  },
  {
    label: 'PNG image',
    mediaType: 'image/png',
    extensions: ['png'],
    magic: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    image: true,
  },
  {
    label: 'GIF image',
    mediaType: 'image/gif',
    extensions: ['gif'],
    magic: (h) => ascii(h, 0, 'GIF8'),
    image: true,
  },
  {
    label: 'WebP image',
    mediaType: 'image/webp',
    extensions: ['webp'],
    magic: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP'),
    image: true,
  },
  // HEIC (iPhone photos): an ISO box whose brand says HEIF. Browsers cannot draw it: no thumbnail.
  {
    label: 'HEIC photo',
    mediaType: 'image/heic',
    extensions: ['heic', 'heif'],
    magic: (h) =>
      ascii(h, 4, 'ftyp') &&
      ['heic', 'heix', 'hevc', 'mif1', 'msf1', 'heim', 'heis'].some((b) => ascii(h, 8, b)),
  },
  {
    label: 'PDF document',
    mediaType: 'application/pdf',
    extensions: ['pdf'],
    magic: (h) => ascii(h, 0, '%PDF-'),
  },
  {
    label: 'Word document',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: ZIP,
  },
  { label: 'Word document (old format)', mediaType: 'application/msword', extensions: ['doc'], magic: OLE },
  {
    label: 'Excel spreadsheet',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    magic: ZIP,
  },
  {
    label: 'Excel spreadsheet (old format)',
    mediaType: 'application/vnd.ms-excel',
    extensions: ['xls'],
    magic: OLE,
  },
  {
    label: 'OpenDocument text',
    mediaType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    magic: ZIP,
  },
  { label: 'Outlook email', mediaType: 'application/vnd.ms-outlook', extensions: ['msg'], magic: OLE },
  { label: 'Email', mediaType: 'message/rfc822', extensions: ['eml'] },
  { label: 'Text file', mediaType: 'text/plain', extensions: ['txt'] },
  { label: 'CSV spreadsheet', mediaType: 'text/csv', extensions: ['csv'] },
];

/** What the refusal lists: the kinds a person recognises. */
export const ALLOWED_TYPES_IN_WORDS =
  'photos (JPEG, PNG, GIF, WebP, HEIC), PDF, Word, Excel, OpenDocument text, emails (.msg, .eml), text and CSV files';

/** A file's extension, lower case, without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The type a file is taken to be, from its name and first bytes, or why it cannot be attached.
 * The stated media type is a browser's guess from the name, so the name decides; the bytes confirm.
 */
export function recogniseAttachment(
  fileName: string,
  head: Uint8Array,
): { type: AttachmentType } | { problem: string } {
  const ext = extensionOf(fileName);
  const type = ATTACHMENT_TYPES.find((t) => t.extensions.includes(ext));
  if (!type) {
    const what = ext ? `.${ext} files` : 'files without a type in their name (such as .pdf or .jpg)';
    return {
      problem: `“${fileName}” cannot be attached: ${what} are not accepted. Attach ${ALLOWED_TYPES_IN_WORDS}.`,
    };
  }
  if (head.length === 0)
    return { problem: `“${fileName}” is empty (0 bytes), so there is nothing to attach.` };
  if (type.magic && !type.magic(head))
    return {
      problem: `“${fileName}” is named as a ${type.label} but its contents are not one: it may be damaged or renamed. Save it again as a ${type.label} and attach that.`,
    };
  return { type };
}

/** The media type stored with an attachment of this name (the list shows and downloads by it). */
export function mediaTypeOf(fileName: string): string {
  return (
    ATTACHMENT_TYPES.find((t) => t.extensions.includes(extensionOf(fileName)))?.mediaType ??
    'application/octet-stream'
  );
}

/** Whether a browser can draw it as a thumbnail. */
export function isPicture(mediaType: string): boolean {
  return ATTACHMENT_TYPES.some((t) => t.mediaType === mediaType && t.image);
}

/** "31.2 MB", "800 KB": sizes as people read them (1 MB = 1,048,576 bytes, as Windows shows). */
export function fileSizeInWords(bytes: number): string {
  if (bytes >= 1_048_576) return `${Number((bytes / 1_048_576).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Why a file of this size cannot be attached under the limit, or null when it can. */
export function attachmentTooLarge(bytes: number, maxBytes: number): string | null {
  if (bytes <= maxBytes) return null;
  return `This file is ${fileSizeInWords(bytes)}; attachments can be up to ${fileSizeInWords(maxBytes)} (Settings → Attachments).`;
}

/** The largest limit the setting may hold: what one request can carry with room to spare. */
export const MAX_ATTACHMENT_LIMIT = 40 * 1_048_576;
export const DEFAULT_ATTACHMENT_LIMIT = 25 * 1_048_576;
