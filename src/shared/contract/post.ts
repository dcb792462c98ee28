// The post run (managers): the issued letters that go by post for a range of issue dates, one
// export of them all into a folder (each DOCX, letters.pdf, manifest.csv, labels.docx), followed
// while it runs and cancellable, its files for the window to download, and marking them posted.
import { z } from 'zod';
import { isoDate, recordId } from '../domain/fields';
import type { LetterMethod, LetterType } from '../letters/letterTypes';
import { absoluteFolder } from './folderPath';
import { mutation, officers, query } from './procedure';

/** The widest range one list or export covers: a year of post. */
export const MAX_POST_RANGE_DAYS = 366;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** The range's rules: from ≤ to, and at most a year. */
function checkRange(v: { from: string; to: string }, c: z.RefinementCtx): void {
  if (v.from > v.to)
    c.addIssue({ code: 'custom', path: ['to'], message: 'The end date must not be before the start date' });
  else if (dayNumber(v.to) - dayNumber(v.from) >= MAX_POST_RANGE_DAYS)
    c.addIssue({
      code: 'custom',
      path: ['to'],
      message: `Choose at most ${MAX_POST_RANGE_DAYS} days at a time`,
    });
}

export const POST_SHOW = ['all', 'unposted', 'posted'] as const;
export type PostShow = (typeof POST_SHOW)[number];

export const PostListInput = z
  .object({
    from: isoDate,
    to: isoDate,
    /** Every letter in the range, only those not yet posted, or only those posted. */
    show: z.enum(POST_SHOW).default('all'),
  })
  .superRefine(checkRange);

export const StartPostExportInput = z
  .object({
    from: isoDate,
    to: isoDate,
    /** Only the letters not yet marked posted. */
    unposted: z.boolean().default(false),
    /**
     * Where the files go: this folder itself (it must be empty or new), or null for a new folder
     * under the data folder's `exports` (a window without a folder picker downloads from there).
     */
    folder: absoluteFolder(4096, 'The folder').nullable().default(null),
    /** Put the files in a new "Post <dates>" folder inside `folder` instead of in it. */
    newFolderInside: z.boolean().default(false),
  })
  .superRefine(checkRange);

export const PostExportIdInput = z.object({ exportId: recordId });

export const POST_EXPORT_FILE_KINDS = ['letter', 'pdf', 'manifest', 'labels'] as const;
export type PostExportFileKind = (typeof POST_EXPORT_FILE_KINDS)[number];

export const PostExportFileInput = z.object({
  exportId: recordId,
  name: z.string().min(1, 'Say which file').max(255, 'That file name is too long'),
});

export const MarkPostedInput = z.object({
  /** The letters to mark: those the manager exported and put in the post. */
  ids: z
    .array(recordId)
    .min(1, 'Choose at least one letter')
    .max(5_000, 'Mark at most 5,000 letters at a time'),
  /** The day they went in the post; today when left out (never in the future). */
  on: isoDate.optional(),
});

/** An issued letter that goes by post. */
export interface PostLetter {
  id: string;
  caseId: string;
  reference: string;
  residentName: string | null;
  /** Who it is addressed to, as printed on it. */
  addresseeName: string;
  addressLines: string[];
  copyTo: string | null;
  type: LetterType;
  label: string;
  method: LetterMethod;
  issuedOn: string;
  postedOn: string | null;
  postedBy: string | null;
  fileName: string | null;
}

export interface PostList {
  from: string;
  to: string;
  show: PostShow;
  letters: PostLetter[];
  /** Every post letter in the range, whatever `show` says. */
  counts: { total: number; posted: number; unposted: number };
}

export type PostExportStep = 'letters' | 'pdf' | 'merge' | 'manifest' | 'labels' | 'finishing';

export interface PostExportFile {
  name: string;
  kind: PostExportFileKind;
  bytes: number;
}

/** A letter that could not go into the export, by name, and why. */
export interface PostExportProblem {
  letterId: string;
  reference: string;
  label: string;
  addresseeName: string;
  state: 'not_yet_arrived' | 'damaged';
  message: string;
}

export interface PostExportResult {
  folder: string;
  /** How many letters are in it (each as DOCX, in the manifest, on a label and in letters.pdf). */
  letters: number;
  /** The ids of the letters in it, in order: what "mark posted" marks. */
  letterIds: string[];
  files: PostExportFile[];
  /** letters.pdf's name when it was made. */
  pdf: string | null;
  /** Why there is no letters.pdf (LibreOffice missing, failed or timed out), or null. */
  pdfMissing: string | null;
  /** Letters left out because their file is not on this computer or is damaged. */
  notExported: PostExportProblem[];
}

export interface PostExportProgress {
  exportId: string;
  state: 'running' | 'finished' | 'cancelled' | 'failed';
  step: PostExportStep;
  /** What it is doing, in plain words ("Converting letters to PDF"). */
  stepLabel: string;
  /** Files done of this step's total. */
  done: number;
  total: number;
  /** Of the whole export, 0–100. */
  percent: number;
  /** Why it failed, when it did. */
  message: string | null;
  result: PostExportResult | null;
}

export interface PostExportStarted {
  exportId: string;
  folder: string;
  total: number;
}

/** One file of a finished export, base64, for a window to download. */
export interface PostExportFileBytes {
  name: string;
  mediaType: string;
  bytes: string;
}

export interface MarkedPosted {
  /** Letters marked now. */
  marked: number;
  /** Letters that were already marked posted (left as they were). */
  alreadyPosted: number;
  postedOn: string;
}

export const postProcedures = {
  'post.list': query<PostList>()(PostListInput, officers),
  /** Starts the export and answers at once; follow it with `post.exportProgress`. */
  'post.export': mutation<PostExportStarted>('local')(StartPostExportInput, officers),
  'post.exportProgress': query<PostExportProgress>()(PostExportIdInput, officers),
  /** Stops the export: nothing it made is left under a final name. */
  'post.cancelExport': mutation<PostExportProgress>('local')(PostExportIdInput, officers),
  'post.exportFile': query<PostExportFileBytes>()(PostExportFileInput, officers),
  /** Records on each letter (and so on its case's letters and history) that it went in the post. */
  'post.markPosted': mutation<MarkedPosted>('synced')(MarkPostedInput, officers),
} as const;
