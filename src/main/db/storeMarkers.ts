// Two small files beside the store that let Redress tell what happened to it while it was shut:
//
//   redress.store-id          written when the store is created. If it is there but redress.sqlite
//                             is missing or empty, the store went somewhere (a failed copy, a cloud
//                             placeholder, a deleted file): Redress refuses rather than quietly
//                             starting a new, empty store in its place.
//   redress.open-<pid>-<id>   one per process with the store open, removed when it closes cleanly.
//                             One left behind by a process that is no longer running means the
//                             last session ended without closing (a crash, a power cut), so the
//                             store is checked before it is used.
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STORE_ID_FILE = 'redress.store-id';
const SESSION = /^redress\.open-(\d+)-[0-9a-f-]+$/;

/** Owner-only files and folders: the store holds residents' personal data. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;

export function writeStoreId(dataDir: string, now: Date): void {
  writeFileSync(
    join(dataDir, STORE_ID_FILE),
    `${JSON.stringify({ store: randomUUID(), createdAt: now.toISOString() })}\n`,
    { mode: PRIVATE_FILE, flag: 'wx' },
  );
}

/** Session markers left by processes that are no longer running. */
export function staleSessions(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => {
    const pid = SESSION.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
}

export function removeSessions(dataDir: string, names: readonly string[]): void {
  for (const name of names) rmSync(join(dataDir, name), { force: true });
}

/** Marks the store open by this process; returns the marker's name. Throws if the folder cannot be written. */
export function openSession(dataDir: string): string {
  const name = `redress.open-${process.pid}-${randomUUID()}`;
  writeFileSync(join(dataDir, name), '', { mode: PRIVATE_FILE, flag: 'wx' });
  return name;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
