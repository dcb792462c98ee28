// Where an export's files go, and how they get there whole: everything is written into a hidden
// folder inside the destination, and only when all of it is written is each file renamed to its
// final name (a rename within one folder is all-or-nothing). Cancelling or a crash therefore
// leaves no half-written file under a final name, only a hidden folder that is removed (or, after
// a crash, ignored by the next export and safe to delete).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract/errors';
import { postFolderName } from '../../../../shared/letters/post/fileNames';

export const STAGING_PREFIX = '.redress-export-';

export interface Destination {
  /** Where the files end up. */
  folder: string;
  /** The hidden folder they are written into first. */
  staging: string;
  /** Whether this export made `folder` (so removes it again if nothing is put there). */
  madeFolder: boolean;
}

function refuse(message: string): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path: 'folder', message }] });
}

/** A new folder name inside `parent`: "Post 2026-12-03", then "Post 2026-12-03 (2)", … */
function freshFolder(parent: string, name: string): string {
  for (let n = 1; ; n++) {
    const candidate = join(parent, n === 1 ? name : `${name} (${n})`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Chooses and prepares where an export goes: `folder` itself (new, or empty but for hidden
 * leftovers of an interrupted export), a new "Post <dates>" folder inside it, or one under the
 * data folder's `exports` when no folder is given.
 */
export async function prepareDestination(options: {
  dataDir: string;
  folder: string | null;
  newFolderInside: boolean;
  from: string;
  to: string;
}): Promise<Destination> {
  const name = postFolderName(options.from, options.to);
  let folder: string;
  if (options.folder === null) folder = freshFolder(join(options.dataDir, 'exports'), name);
  else if (options.newFolderInside) folder = freshFolder(options.folder, name);
  else folder = options.folder;
  const madeFolder = !existsSync(folder);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw refuse(
      `Redress cannot make the folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Choose a folder you can write to.`,
    );
  }
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    throw refuse(`${folder} is not a folder Redress can open. Choose another.`);
  }
  const others = entries.filter((e) => !e.startsWith(STAGING_PREFIX));
  if (others.length)
    throw refuse(
      `The folder ${folder} already has files in it (${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}). Choose an empty or new folder, so this post run's letters are not mixed with others.`,
    );
  const staging = join(folder, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(staging);
  } catch (error) {
    throw refuse(
      `Redress cannot write in ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Choose a folder you can write to.`,
    );
  }
  return { folder, staging, madeFolder };
}

/** Renames each written file to its final name, in order, then removes the hidden folder. */
export async function publish(d: Destination, names: readonly string[]): Promise<void> {
  for (const name of names) await rename(join(d.staging, name), join(d.folder, name));
  await rm(d.staging, { recursive: true, force: true });
}

/** Removes everything this export wrote (and its folder, if it made it and nothing else is there). */
export async function discard(d: Destination): Promise<void> {
  await rm(d.staging, { recursive: true, force: true });
  if (d.madeFolder) await rmdir(d.folder).catch(() => undefined);
}
