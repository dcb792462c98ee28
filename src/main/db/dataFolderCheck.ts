// Where a case store must not live. SQLite's write-ahead log needs shared memory between the
// processes using the file, which network file systems (SMB/CIFS, NFS, FUSE SMB clients) do not
// give, and a cloud-synced folder copies the file, its log and its index separately, mid-write.
// Both corrupt a store silently, so such a folder is refused up front, by name.
//
// Pure: the platform and the mount table are passed in (see mountTable.ts for reading them), so
// Windows and macOS paths are tested on any machine.
import path from 'node:path';

export interface Mount {
  /** Where it is mounted: `/mnt/share` (Linux, macOS) or a drive, `Z:` (Windows). */
  mountPoint: string;
  /** `cifs`, `nfs4`, `fuse.smbnetfs`, `smbfs` (macOS), `smb` (a Windows mapped drive), `ext4`, … */
  fsType: string;
  /** What is mounted: `//server/share`, `\\server\share`, `/dev/sda1`. */
  source: string;
}

export interface FolderProblem {
  kind: 'network_folder' | 'cloud_folder';
  /** One sentence, naming the folder and what to do. */
  message: string;
}

const NETWORK_TYPES = new Set([
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'nfs',
  'nfs4',
  'ncpfs',
  'afs',
  'afpfs',
  'webdav',
  'davfs',
  'ceph',
  'glusterfs',
  'fuse.smbnetfs',
  'fuse.sshfs',
  'fuse.davfs2',
  'fuse.rclone',
  'fuse.glusterfs',
  'fuse.cifs',
]);

function isNetworkType(fsType: string, source: string): boolean {
  const t = fsType.toLowerCase();
  if (NETWORK_TYPES.has(t)) return true;
  // A FUSE client for SMB under another name (smb, smbnetfs, gvfs's smb-share), or any mount of //server/share.
  if (t.startsWith('fuse') && /smb|cifs|nfs/.test(`${t} ${source.toLowerCase()}`)) return true;
  return /^(\/\/|\\\\)[^/\\]/.test(source);
}

/** Folder names that cloud storage clients sync (matched as whole path segments, any case). */
const CLOUD_SEGMENTS: Array<{ test: (segment: string, next?: string) => boolean; name: string }> = [
  { name: 'OneDrive', test: (s) => s === 'onedrive' || s.startsWith('onedrive - ') },
  { name: 'Dropbox', test: (s) => s === 'dropbox' || s.startsWith('dropbox (') },
  { name: 'Google Drive', test: (s) => s === 'google drive' || s === 'googledrive' || s === 'my drive' },
  {
    name: 'iCloud Drive',
    test: (s) => s === 'icloud drive' || s === 'iclouddrive' || s === 'mobile documents',
  },
  // macOS File Provider: ~/Library/CloudStorage/<OneDrive-…|Dropbox|GoogleDrive-…>.
  { name: 'a cloud storage folder', test: (s) => s === 'cloudstorage' },
];

const ADVICE =
  "choose a folder on this computer's own disk instead (the default is best), and keep the central share for sharing: Redress copies cases there safely";

/**
 * Why `folder` cannot hold a case store, or null when it can. `folder` should be absolute (and,
 * off Windows, have its symbolic links resolved by the caller, as mountTable.ts does).
 */
export function dataFolderProblem(
  folder: string,
  platform: NodeJS.Platform,
  mounts: readonly Mount[],
): FolderProblem | null {
  const windows = platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  const normal = windows ? p.normalize(folder.replace(/\//g, '\\')) : p.normalize(folder);

  const network = windows ? windowsNetwork(normal, mounts) : posixNetwork(normal, mounts);
  if (network)
    return {
      kind: 'network_folder',
      message: `Redress cannot keep its case store in ${folder}, because that folder is on a network drive (${network}) and SQLite's write-ahead log does not work safely over a network: ${ADVICE}.`,
    };

  const segments = normal.split(windows ? /\\+/ : /\/+/).map((s) => s.toLowerCase());
  for (const cloud of CLOUD_SEGMENTS) {
    if (segments.some((s) => cloud.test(s)))
      return {
        kind: 'cloud_folder',
        message: `Redress cannot keep its case store in ${folder}, because that folder is synced by ${cloud.name}, which copies the store's files separately while Redress writes them and can damage it: ${ADVICE}.`,
      };
  }
  return null;
}

function windowsNetwork(folder: string, mounts: readonly Mount[]): string | null {
  // \\?\C:\… is a local path written long-form; \\?\UNC\server\share and \\server\share are not.
  const local = /^\\\\\?\\([A-Za-z]:\\)/.exec(folder);
  if (!local) {
    const unc = /^\\\\(?:\?\\UNC\\)?([^\\?]+)\\([^\\]+)/i.exec(folder);
    if (unc) return `\\\\${unc[1]}\\${unc[2]}`;
  }
  const drive = /^(?:\\\\\?\\)?([A-Za-z]):/.exec(folder)?.[1]?.toUpperCase();
  if (!drive) return null;
  const mapped = mounts.find((m) => m.mountPoint.replace(/[\\/:]+$/, '').toUpperCase() === drive);
  if (mapped && isNetworkType(mapped.fsType, mapped.source))
    return `${drive}: is mapped to ${mapped.source || 'a network share'}`;
  return null;
}

function posixNetwork(folder: string, mounts: readonly Mount[]): string | null {
  let best: Mount | null = null;
  for (const m of mounts) {
    const point = m.mountPoint === '/' ? '/' : m.mountPoint.replace(/\/+$/, '');
    const inside = point === '/' || folder === point || folder.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.mountPoint.replace(/\/+$/, '').length)) best = m;
  }
  if (best && isNetworkType(best.fsType, best.source))
    return `${best.fsType} mount of ${best.source} at ${best.mountPoint}`;
  // GNOME's gvfs serves every remote location through one FUSE mount: the path says which kind.
  const gvfs = /\/gvfs\/(smb-share|nfs|afp-volume|dav|davs|sftp|ftp):/.exec(folder);
  if (best?.fsType === 'fuse.gvfsd-fuse' && gvfs) return `a ${gvfs[1]} location mounted by gvfs`;
  return null;
}
