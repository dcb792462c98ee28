// A folder named in a call must be absolute. The domain runs in another process (Electron's
// domain process, the local host) whose working folder the caller neither knows nor chose, so a
// relative path would quietly mean a folder somewhere else. Callers that take a path from a
// person (the CLI's --share) resolve it first; everything else is refused here with a plain reason.
// Plain string rules, no node:path: src/shared runs in the renderer too.
import { requiredText } from '../domain/fields';

/** `/mnt/share`, `C:\Shares\x` or `C:/Shares/x`, `\\server\share` or `//server/share`. */
export function isAbsoluteFolder(path: string): boolean {
  if (path.startsWith('\\\\') || path.startsWith('//')) return /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(path);
  if (path.startsWith('/')) return true;
  return /^[A-Za-z]:[\\/]/.test(path);
}

export const ABSOLUTE_FOLDER_MESSAGE =
  'Give the full path of the folder, from the top (like /mnt/complaints-share, S:\\Complaints or \\\\server\\complaints), not one relative to where Redress is running';

/** A folder's full path, up to `max` characters. */
export function absoluteFolder(max: number, label: string) {
  return requiredText(max, label).refine(isAbsoluteFolder, { message: ABSOLUTE_FOLDER_MESSAGE });
}
