// Attachments: photos from estate visits, emails, letters and reports, kept beside the store under
// their SHA-256 and shared as files (not records) through the central share. The bytes cross the
// transport as base64 (the local host takes requests up to 64 MB; the largest limit is 40 MB).
import { z } from 'zod';
import { MAX_ATTACHMENT_LIMIT } from '../attachments/fileTypes';
import { optionalText, recordId, requiredText } from '../domain/fields';
import { managers, mutation, officers, query } from './procedure';

/** Whether the file itself is on this computer: its size checked on listing, its fingerprint when opened. */
export type AttachmentState = 'here' | 'not_yet_arrived' | 'damaged';

export interface Attachment {
  id: string;
  caseId: string;
  pointId: string | null;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  caption: string | null;
  addedBy: string | null;
  createdAt: string;
  state: AttachmentState;
}

/** An attachment's bytes, base64, checked against its fingerprint. */
export interface AttachmentFile {
  attachment: Attachment;
  bytes: string;
}

export type AttachmentThumbnail =
  | { state: 'here'; mediaType: string; bytes: string }
  | { state: 'not_yet_arrived' | 'damaged' | 'no_preview' };

export interface AttachmentCheck {
  checked: number;
  damaged: Attachment[];
  notYetArrived: Attachment[];
}

// A search for any wrong character is three times faster on megabytes than a whole-string match.
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;
function isBase64(v: string): boolean {
  const pad = v.indexOf('=');
  return (
    v.length % 4 === 0 &&
    !NOT_BASE64.test(v) &&
    (pad === -1 || (pad >= v.length - 2 && /^=+$/.test(v.slice(pad))))
  );
}
export const base64Bytes = z
  .string()
  .max(Math.ceil(MAX_ATTACHMENT_LIMIT / 3) * 4 + 4, {
    message: `The file is larger than Redress can take in one go (${MAX_ATTACHMENT_LIMIT / 1_048_576} MB)`,
  })
  .refine(isBase64, { message: 'Must be the file’s bytes in base64' });
export const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'Must be a file fingerprint (64 hex digits)' });

export const AddAttachmentInput = z.object({
  caseId: recordId,
  pointId: recordId.nullable().optional(),
  fileName: requiredText(255, 'The file’s name').refine((v) => !/[\\/]/.test(v), {
    message: 'Must be a file name without folders',
  }),
  /** What the browser or system says the file is; Redress decides from the name and contents. */
  mediaType: optionalText(100),
  bytes: base64Bytes,
  caption: optionalText(200),
});

export const ListAttachmentsInput = z.object({ caseId: recordId, pointId: recordId.optional() });
export const GetAttachmentInput = z.union([
  z.object({ id: recordId }).strict(),
  z.object({ sha256 }).strict(),
]);
export const AttachmentIdInput = z.object({ id: recordId });
export const CheckAttachmentsInput = z.object({ caseId: recordId.optional() });
export const AttachmentLimitInput = z.object({
  maxBytes: z
    .number()
    .int({ message: 'Must be a whole number of bytes' })
    .min(1_048_576, { message: 'Must be at least 1 MB' })
    .max(MAX_ATTACHMENT_LIMIT, { message: `Must be at most ${MAX_ATTACHMENT_LIMIT / 1_048_576} MB` }),
});

export const attachmentProcedures = {
  'attachments.add': mutation<Attachment>('synced')(AddAttachmentInput, officers),
  'attachments.list': query<Attachment[]>()(ListAttachmentsInput, officers),
  'attachments.get': query<AttachmentFile>()(GetAttachmentInput, officers),
  'attachments.thumbnail': query<AttachmentThumbnail>()(AttachmentIdInput, officers),
  'attachments.verify': query<AttachmentCheck>()(CheckAttachmentsInput, officers),
  'attachments.remove': mutation<Attachment>('synced')(AttachmentIdInput, officers),
  'attachments.limit': query<{ maxBytes: number }>()(z.object({}).default({}), officers),
  'attachments.setLimit': mutation<{ maxBytes: number }>('synced')(
    AttachmentLimitInput,
    managers('change the largest attachment allowed'),
  ),
} as const;
