// Moving a landlord's share to another place (a NAS to Azure, one bucket to another): every file
// copied as bytes — they are sealed and signed already, so no key is needed and nothing is
// opened — and each one read back from the new place and matched by SHA-256. Installations then
// re-point with `share join --share NEW` (the same share, so no join code is asked for).
//
// Safe to run again after an interruption: a file already at the new place with the same bytes
// is skipped. One there with other bytes stops the move before anything is written, naming it.
// writeNew is atomic on every backend, so no half-copied file ever sits under its real name;
// the format file goes last, so the new place holds a share only once it holds all of it.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import type { ShareMigration } from '../../shared/contract/types';
import { readShareFormat } from './share';
import { SHARE_FORMAT_FILE, type ShareFs } from './shareFs';

export interface MigrateOptions {
  /** Called after each file: files done of the total, and bytes written so far. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Every file under `dir` (paths '/'-separated), walking folders as the share lists them. */
async function filesUnder(fs: ShareFs, dir: string): Promise<string[]> {
  const names = await fs.list(dir);
  // Object stores list sizes with names, files only: a name not among them is a folder.
  const files = fs.listDetailed ? new Set((await fs.listDetailed(dir)).map((e) => e.name)) : null;
  const out: string[] = [];
  for (const name of names.sort()) {
    const path = dir ? `${dir}/${name}` : name;
    if (files) {
      if (files.has(name)) out.push(path);
      else out.push(...(await filesUnder(fs, path)));
      continue;
    }
    if ((await fs.size(path)) === null) {
      out.push(...(await filesUnder(fs, path)));
      continue;
    }
    // A folder on disk has a size too: listing it tells (a file is "not a folder"; an empty
    // folder lists as nothing, and holds nothing to copy).
    try {
      const inner = await fs.list(path);
      if (inner.length) out.push(...(await filesUnder(fs, path)));
      else if ((fs.backend ?? 'folder') !== 'folder') out.push(path);
    } catch (error) {
      if (code(error) !== 'ENOTDIR') throw error;
      out.push(path);
    }
  }
  return out;
}

/** A writer's temporary file (a write under way or cut short): never part of the share. */
const isTemporary = (path: string) => path.endsWith('.tmp');

/** Files in flight at once: an object store answers each request in milliseconds, so a few at a time is most of the speed. */
const IN_FLIGHT = 8;

/** `work` over every item, a few at a time; the first failure stops the rest starting, and is thrown. */
async function eachInFlight<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

export async function migrateShare(
  from: ShareFs,
  to: ShareFs,
  options: MigrateOptions = {},
): Promise<ShareMigration> {
  const started = performance.now();
  const format = await readShareFormat(from);
  if (!format) throw new AppError('NOT_FOUND', `There is no Redress share in ${from.label} to move.`);
  const there = await readShareFormat(to);
  if (there && there.shareId !== format.shareId)
    throw new AppError(
      'CONFLICT',
      `${to.label} already holds a different Redress share; nothing was copied. Choose an empty place for the share.`,
    );
  const all = (await filesUnder(from, '')).filter((p) => !isTemporary(p));
  const report: ShareMigration = {
    shareId: format.shareId,
    files: all.length,
    copied: 0,
    skipped: 0,
    verified: 0,
    bytes: 0,
    millis: 0,
  };
  const done = () => options.onProgress?.(report.copied + report.skipped, all.length, report.bytes);

  // First every file already at the new place is compared, so a clash changes nothing at all.
  const missing: string[] = [];
  await eachInFlight(all, async (path) => {
    if ((await to.size(path)) === null) {
      missing.push(path);
      return;
    }
    const [source, target] = await Promise.all([from.read(path), to.read(path)]);
    if (sha256(source) !== sha256(target))
      throw new AppError(
        'CONFLICT',
        `${path} is already at ${to.label} with different contents from ${from.label}; nothing was copied. Move it aside (or choose an empty place) and run the move again.`,
      );
    report.skipped++;
    report.verified++;
    done();
  });

  const copy = async (path: string) => {
    const source = await from.read(path);
    const slash = path.lastIndexOf('/');
    if (slash > 0) await to.mkdirp(path.slice(0, slash));
    let wrote = false;
    try {
      await to.writeNew(path, source);
      wrote = true;
    } catch (error) {
      // Another run got there first: checked below like any other.
      if (code(error) !== 'EEXIST') throw error;
    }
    if (sha256(await to.read(path)) !== sha256(source)) {
      // Not the file it should be: ours is taken away again, so a rerun writes it afresh.
      if (wrote) await to.remove(path).catch(() => undefined);
      throw new AppError(
        'INTERNAL',
        `${path} reads back from ${to.label} with different contents from what was written; the move stopped there. Run it again to carry on.`,
      );
    }
    if (wrote) {
      report.copied++;
      report.bytes += source.length;
    } else report.skipped++;
    report.verified++;
    done();
  };
  // The format file last: the new place is a share only once everything else is there.
  await eachInFlight(
    missing.filter((p) => p !== SHARE_FORMAT_FILE),
    copy,
  );
  if (missing.includes(SHARE_FORMAT_FILE)) await copy(SHARE_FORMAT_FILE);
  report.millis = Math.round(performance.now() - started);
  return report;
}
