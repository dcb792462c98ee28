// Reading this computer's mount table for dataFolderCheck.ts: Linux's /proc/self/mountinfo, the
// `mount` command on macOS, and mapped network drives (`net use`) on Windows. A table that cannot
// be read is empty: the path checks (UNC paths, cloud folders) still apply.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Mount } from './dataFolderCheck';

export function readMountTable(platform: NodeJS.Platform = process.platform): Mount[] {
  try {
    if (platform === 'linux') return parseMountInfo(readFileSync('/proc/self/mountinfo', 'utf8'));
    if (platform === 'darwin') return parseBsdMount(run('/sbin/mount', []));
    if (platform === 'win32') return parseNetUse(run('net', ['use']));
  } catch {
    // Unreadable: fall back to the path checks alone.
  }
  return [];
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    timeout: 5000,
    windowsHide: true,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

const unescapeMount = (s: string) =>
  s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));

/** `36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw,errors=continue` */
export function parseMountInfo(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const dash = fields.indexOf('-');
    if (dash < 6 || fields.length < dash + 3) continue;
    mounts.push({
      mountPoint: unescapeMount(fields[4]!),
      fsType: fields[dash + 1]!,
      source: unescapeMount(fields[dash + 2]!),
    });
  }
  return mounts;
}

/** `//guest@nas/cases on /Volumes/cases (smbfs, nodev, nosuid, mounted by sam)` */
export function parseBsdMount(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const m = /^(.*) on (.*) \(([^,)]+)/.exec(line);
    if (m) mounts.push({ source: m[1]!, mountPoint: m[2]!, fsType: m[3]! });
  }
  return mounts;
}

/** `OK           Z:        \\nas\cases                Microsoft Windows Network` */
export function parseNetUse(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /\s([A-Za-z]:)\s+(\\\\\S+)/.exec(line);
    if (m) mounts.push({ mountPoint: m[1]!, fsType: 'smb', source: m[2]! });
  }
  return mounts;
}

/** The folder as the mount table names it: absolute, with links resolved up to the deepest part that exists. */
export function resolveForMounts(folder: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.win32.resolve(folder);
  let existing = path.resolve(folder);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync(existing), ...rest);
  } catch {
    return path.resolve(folder);
  }
}
