// The post run's exports as jobs: started by one call that answers at once, followed by polling
// its progress, cancelled on request (its files removed), and its finished files offered to the
// window for download. Each has its own folder and LibreOffice profile, so two never collide.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, type ParsedInputOf } from '../../../../shared/contract';
import type {
  PostExportFileBytes,
  PostExportProgress,
  PostExportStarted,
} from '../../../../shared/contract/post';
import { uuidv7 } from '../../../../shared/domain/ids';
import type { ServiceContext } from '../../../store/context';
import { discard, prepareDestination } from './destination';
import { ExportCancelled, runExport } from './exportRun';
import { postLetters } from './list';
import { percentDone, STEP_LABELS } from './progress';
import { findSoffice } from './soffice';

interface Job {
  progress: PostExportProgress;
  controller: AbortController;
  finished: Promise<void>;
}

/** Finished exports kept for their progress and downloads (the newest few). */
const KEEP = 5;
const jobsByStore = new WeakMap<ServiceContext, Map<string, Job>>();

function jobsOf(ctx: ServiceContext): Map<string, Job> {
  let jobs = jobsByStore.get(ctx);
  if (!jobs) jobsByStore.set(ctx, (jobs = new Map()));
  return jobs;
}

function jobFor(ctx: ServiceContext, exportId: string): Job {
  const job = jobsOf(ctx).get(exportId);
  if (!job)
    throw new AppError(
      'NOT_FOUND',
      'That export is not known to Redress (it was started before Redress last restarted, or long ago). Export again.',
    );
  return job;
}

const snapshot = (job: Job): PostExportProgress => ({ ...job.progress });

function plainFailure(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC')
    return `The disk holding ${folder} is full, so the export stopped. Nothing was left in the folder; free some space and export again.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `Redress may not write in ${folder}, so the export stopped. Nothing was left in the folder; choose a folder you can write to.`;
  if (code)
    return `The export stopped: ${(error as Error).message}. Nothing was left in the folder; export again.`;
  return (error as Error).message;
}

export async function startPostExport(
  ctx: ServiceContext,
  input: ParsedInputOf<'post.export'>,
): Promise<PostExportStarted> {
  const jobs = jobsOf(ctx);
  // One short read of the store; everything after is file work.
  const letters = await postLetters(ctx.db, input, input.unposted ? 'unposted' : 'all');
  if (letters.length === 0)
    throw new AppError(
      'VALIDATION',
      `No issued letters ${input.unposted ? 'still to be posted' : 'to go by post'} were issued ${input.from === input.to ? `on ${input.from}` : `between ${input.from} and ${input.to}`}, so there is nothing to export.`,
      { issues: [{ path: 'from', message: 'No letters to post in these dates' }] },
    );
  const destination = await prepareDestination({ dataDir: ctx.dataDir, ...input });
  const soffice = findSoffice();
  const exportId = uuidv7();
  const controller = new AbortController();
  const job: Job = {
    controller,
    finished: Promise.resolve(),
    progress: {
      exportId,
      state: 'running',
      step: 'letters',
      stepLabel: STEP_LABELS.letters,
      done: 0,
      total: letters.length,
      percent: 0,
      message: null,
      result: null,
    },
  };
  const onStep = (step: keyof typeof STEP_LABELS, done: number, total: number) => {
    if (job.progress.state !== 'running') return;
    Object.assign(job.progress, {
      step,
      stepLabel: STEP_LABELS[step],
      done,
      total,
      percent: percentDone(step, done, total, soffice !== null),
    });
  };
  job.finished = runExport({ ctx, letters, destination, soffice, signal: controller.signal, onStep }).then(
    (result) => {
      Object.assign(job.progress, { state: 'finished', percent: 100, result });
    },
    async (error: unknown) => {
      await discard(destination).catch(() => undefined);
      const cancelled = error instanceof ExportCancelled || controller.signal.aborted;
      Object.assign(job.progress, {
        state: cancelled ? 'cancelled' : 'failed',
        message: cancelled
          ? 'The export was cancelled. Nothing was left in the folder.'
          : plainFailure(error, destination.folder),
      });
    },
  );
  jobs.set(exportId, job);
  // Forget the oldest finished exports beyond the few kept.
  const ended = [...jobs.entries()].filter(([, j]) => j.progress.state !== 'running');
  for (const [id] of ended.slice(0, Math.max(0, ended.length - KEEP))) jobs.delete(id);
  return { exportId, folder: destination.folder, total: letters.length };
}

export function postExportProgress(ctx: ServiceContext, exportId: string): PostExportProgress {
  return snapshot(jobFor(ctx, exportId));
}

/** Cancels a running export and answers once its files are gone; an ended one is left as it is. */
export async function cancelPostExport(ctx: ServiceContext, exportId: string): Promise<PostExportProgress> {
  const job = jobFor(ctx, exportId);
  if (job.progress.state === 'running') job.controller.abort();
  await job.finished;
  return snapshot(job);
}

/**
 * Closing Redress (or the store, at sign-out) cancels the exports still running and waits until
 * their files are gone: none is left half-written, and nothing (LibreOffice included) writes into
 * the folder afterwards.
 */
export async function stopPostExports(ctx: ServiceContext): Promise<void> {
  const jobs = [...(jobsByStore.get(ctx)?.values() ?? [])];
  for (const job of jobs) if (job.progress.state === 'running') job.controller.abort();
  await Promise.all(jobs.map((j) => j.finished));
}

const MEDIA_TYPES = {
  letter: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  labels: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  manifest: 'text/csv',
} as const;

/** One file of a finished export, for a window to download: only a file the export made. */
export async function postExportFile(
  ctx: ServiceContext,
  input: ParsedInputOf<'post.exportFile'>,
): Promise<PostExportFileBytes> {
  const job = jobFor(ctx, input.exportId);
  const result = job.progress.result;
  if (!result) throw new AppError('CONFLICT', 'That export has not finished, so its files are not ready.');
  const file = result.files.find((f) => f.name === input.name);
  if (!file) throw new AppError('NOT_FOUND', `The export has no file called “${input.name}”.`);
  let bytes: Buffer;
  try {
    bytes = await readFile(join(result.folder, file.name));
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `“${file.name}” is no longer in ${result.folder} (it was moved or deleted). Export again to make it.`,
    );
  }
  return { name: file.name, mediaType: MEDIA_TYPES[file.kind], bytes: bytes.toString('base64') };
}
