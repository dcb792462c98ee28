// Where the store may live: not on a network file system (SQLite's write-ahead log is unsafe
// there) and not in a cloud-synced folder. The check is a pure function of the path, the
// platform and the mount table, so Windows and macOS cases are tested here; and for real, a
// folder inside an SMB share mounted on loopback is refused by name. Also: Windows' default
// folder is local AppData, and a store left in roaming AppData moves there once, safely.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  dataFolderProblem,
  defaultDataDir,
  moveStoreOnce,
  roamingMovePlan,
  type Mount,
} from '../../src/main/dataDir';
import { parseBsdMount, parseMountInfo, parseNetUse } from '../../src/main/db/mountTable';
import { STORE_FILE } from '../../src/main/db/open';
import { openTestApp, tempDir } from '../helpers';
import { cliChild, isOneSentence, serveChild } from './storeTools/run';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('dataFolderProblem (pure)', () => {
  const none: Mount[] = [];

  it('refuses UNC paths on Windows, in every spelling, and accepts local drives', () => {
    for (const p of [
      '\\\\nas\\cases\\Redress',
      '//nas/cases/Redress',
      '\\\\?\\UNC\\nas\\cases\\Redress',
      '\\\\fs01.council.local\\home$\\sam',
    ])
      expect(dataFolderProblem(p, 'win32', none), p).toMatchObject({
        kind: 'network_folder',
        message: expect.stringMatching(/is on a network drive \(\\\\[^\\]+\\/),
      });
    for (const p of [
      'C:\\Users\\sam\\AppData\\Local\\Redress',
      '\\\\?\\C:\\Users\\sam\\AppData\\Local\\Redress',
      'D:\\Redress',
    ])
      expect(dataFolderProblem(p, 'win32', none), p).toBeNull();
  });

  it('refuses a mapped network drive on Windows (from `net use`), not a local one', () => {
    const mounts = parseNetUse(
      [
        'New connections will be remembered.',
        '',
        'Status       Local     Remote                    Network',
        '-------------------------------------------------------------------------------',
        'OK           Z:        \\\\nas\\cases                Microsoft Windows Network',
        'Disconnected H:        \\\\fs01\\home$\\sam          Microsoft Windows Network',
        'The command completed successfully.',
      ].join('\r\n'),
    );
    expect(mounts).toEqual([
      { mountPoint: 'Z:', fsType: 'smb', source: '\\\\nas\\cases' },
      { mountPoint: 'H:', fsType: 'smb', source: '\\\\fs01\\home$\\sam' },
    ]);
    expect(dataFolderProblem('z:\\Redress', 'win32', mounts)?.message).toMatch(
      /Z: is mapped to \\\\nas\\cases/,
    );
    expect(dataFolderProblem('H:\\Redress', 'win32', mounts)?.kind).toBe('network_folder');
    expect(dataFolderProblem('C:\\Redress', 'win32', mounts)).toBeNull();
  });

  it('refuses SMB, NFS and FUSE SMB mounts on Linux (from mountinfo), by the deepest mount', () => {
    const mounts = parseMountInfo(
      [
        '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
        '40 22 0:50 / /mnt/nas rw,relatime shared:30 - cifs //nas/cases rw,vers=3.1.1',
        '41 22 0:51 / /home/sam/nfs rw - nfs4 fs01:/export/home rw',
        '42 22 0:52 / /tmp/smb\\040share/mnt rw,nosuid - fuse.smbnetfs smbnetfs rw,user_id=0',
        '43 40 8:2 / /mnt/nas/local-disk rw - ext4 /dev/sdb1 rw',
      ].join('\n'),
    );
    expect(mounts[3]).toEqual({
      mountPoint: '/tmp/smb share/mnt',
      fsType: 'fuse.smbnetfs',
      source: 'smbnetfs',
    });
    expect(dataFolderProblem('/mnt/nas/Redress', 'linux', mounts)?.message).toMatch(
      /cifs mount of \/\/nas\/cases/,
    );
    expect(dataFolderProblem('/home/sam/nfs/x', 'linux', mounts)?.kind).toBe('network_folder');
    expect(dataFolderProblem('/tmp/smb share/mnt/127.0.0.1/redress/d', 'linux', mounts)?.kind).toBe(
      'network_folder',
    );
    expect(dataFolderProblem('/mnt/nas/local-disk/Redress', 'linux', mounts)).toBeNull();
    expect(dataFolderProblem('/mnt/nasty/Redress', 'linux', mounts)).toBeNull();
    expect(dataFolderProblem('/home/sam/.local/share/Redress', 'linux', mounts)).toBeNull();
    const gvfs = parseMountInfo('50 22 0:60 / /run/user/1000/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw');
    expect(
      dataFolderProblem('/run/user/1000/gvfs/smb-share:server=nas,share=cases/Redress', 'linux', gvfs)?.kind,
    ).toBe('network_folder');
  });

  it('refuses an smbfs or NFS volume on macOS (from `mount`)', () => {
    const mounts = parseBsdMount(
      [
        '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
        '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)',
        '//GUEST:@nas._smb._tcp.local/cases on /Volumes/cases (smbfs, nodev, nosuid, mounted by sam)',
        'fs01:/export on /Volumes/export (nfs, nodev, nosuid, mounted by sam)',
      ].join('\n'),
    );
    expect(dataFolderProblem('/Volumes/cases/Redress', 'darwin', mounts)?.message).toMatch(/smbfs mount/);
    expect(dataFolderProblem('/Volumes/export/Redress', 'darwin', mounts)?.kind).toBe('network_folder');
    expect(dataFolderProblem('/Users/sam/Library/Application Support/Redress', 'darwin', mounts)).toBeNull();
  });

  it('refuses OneDrive, Dropbox, Google Drive and iCloud folders by path', () => {
    const cloud: Array<[string, NodeJS.Platform, RegExp]> = [
      ['C:\\Users\\sam\\OneDrive\\Redress', 'win32', /OneDrive/],
      ['C:\\Users\\sam\\OneDrive - Riverside Homes\\Documents\\Redress', 'win32', /OneDrive/],
      ['C:\\Users\\sam\\Dropbox\\Redress', 'win32', /Dropbox/],
      ['G:\\My Drive\\Redress', 'win32', /Google Drive/],
      ['C:\\Users\\sam\\iCloudDrive\\Redress', 'win32', /iCloud/],
      ['/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/Redress', 'darwin', /iCloud/],
      ['/Users/sam/Library/CloudStorage/OneDrive-RiversideHomes/Redress', 'darwin', /OneDrive/],
      [
        '/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/Redress',
        'darwin',
        /Google Drive|cloud/,
      ],
      ['/Users/sam/Dropbox (Riverside)/Redress', 'darwin', /Dropbox/],
      ['/home/sam/Dropbox/Redress', 'linux', /Dropbox/],
    ];
    for (const [p, platform, name] of cloud) {
      const problem = dataFolderProblem(p, platform, []);
      expect(problem?.kind, p).toBe('cloud_folder');
      expect(problem?.message, p).toMatch(name);
    }
    expect(dataFolderProblem('C:\\Users\\sam\\Documents\\Dropboxes\\Redress', 'win32', [])).toBeNull();
  });
});

describe('the Windows data folder', () => {
  it('defaults to local AppData, not roaming', () => {
    const env = {
      APPDATA: 'C:\\Users\\sam\\AppData\\Roaming',
      LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local',
    };
    expect(defaultDataDir(env, 'win32')).toBe('C:\\Users\\sam\\AppData\\Local\\Redress');
    expect(defaultDataDir({ USERPROFILE: 'C:\\Users\\sam' }, 'win32')).toBe(
      'C:\\Users\\sam\\AppData\\Local\\Redress',
    );
  });

  it('plans the move from roaming to local AppData only for the default folder on Windows', () => {
    const env = {
      APPDATA: 'C:\\Users\\sam\\AppData\\Roaming',
      LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local',
    };
    expect(roamingMovePlan([], env, 'win32')).toEqual({
      from: 'C:\\Users\\sam\\AppData\\Roaming\\Redress',
      to: 'C:\\Users\\sam\\AppData\\Local\\Redress',
    });
    expect(roamingMovePlan(['--data-dir', 'D:\\Cases'], env, 'win32')).toBeNull();
    expect(roamingMovePlan([], { ...env, REDRESS_DATA_DIR: 'D:\\Cases' }, 'win32')).toBeNull();
    expect(roamingMovePlan([], env, 'linux')).toBeNull();
  });

  it('moves a store once: copied, opened in its new place, the old one renamed aside and kept', async () => {
    const t = tempDir('redress-move-');
    cleanups.push(t.remove);
    // Real folders standing in for %APPDATA%\Redress and %LOCALAPPDATA%\Redress.
    const roaming = join(t.dir, 'Roaming', 'Redress');
    const local = join(t.dir, 'Local', 'Redress');
    const before = await openTestApp(roaming);
    for (let i = 0; i < 25; i++)
      await before.call('cases.open', { type: 'enquiry', summary: `Roaming ${i}` });
    await before.app.close();

    expect(await moveStoreOnce(roaming, local)).toBe(true);
    expect(existsSync(join(roaming, STORE_FILE))).toBe(false);
    expect(existsSync(join(roaming, `${STORE_FILE}.moved-to-localappdata`))).toBe(true);
    const after = await openTestApp(local, { officer: false });
    cleanups.push(() => after.app.close());
    expect((await after.call('cases.list', { limit: 100 })).items).toHaveLength(25);
    expect(await moveStoreOnce(roaming, local)).toBe(false);
    // The old folder, named explicitly, says where its store went instead of starting an empty one.
    const cli = await cliChild(['case', 'list', '--data-dir', roaming]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/was moved to your local application data folder/);
  });

  it('a move whose copy will not open leaves the roaming store where it was', async () => {
    const t = tempDir('redress-move-');
    cleanups.push(t.remove);
    const roaming = join(t.dir, 'Roaming', 'Redress');
    const before = await openTestApp(roaming);
    await before.app.close();
    // The new place is inside a cloud-synced folder, so opening the copy there is refused.
    const local = join(t.dir, 'Dropbox', 'Redress');
    await expect(moveStoreOnce(roaming, local)).rejects.toMatchObject({
      details: { problem: 'cloud_folder' },
    });
    expect(existsSync(join(roaming, STORE_FILE))).toBe(true);
    expect(existsSync(join(local, STORE_FILE))).toBe(false);
    const again = await openTestApp(roaming, { officer: false });
    cleanups.push(() => again.app.close());
  });
});

// ——— For real: an SMB share mounted on loopback (Samba + the smbnetfs FUSE client) ———

const TOOL = resolve(__dirname, '../../../shared/tools/smb-share');
const canMount = process.getuid?.() === 0 && existsSync(TOOL);
let share = process.env.REDRESS_SMB_SHARE;
let started: string | null = null;
const port445Busy = () => {
  try {
    return /127\.0\.0\.1:445 /.test(execFileSync('ss', ['-ltn'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
};
const runSmb = !!share || (canMount && !port445Busy());

describe.skipIf(!runSmb)('a data folder inside a real SMB share', () => {
  beforeAll(() => {
    if (share) return;
    started = mkdtempSync('/tmp/redress-store-smb-');
    share = execFileSync(TOOL, ['start', started], { encoding: 'utf8' }).trim().split('\n').pop()!;
  }, 120_000);
  afterAll(() => {
    if (!started) return;
    execFileSync(TOOL, ['stop', started]);
    if (!readFileSync('/proc/mounts', 'utf8').includes(started))
      rmSync(started, { recursive: true, force: true });
  });

  it('is refused by name, in one sentence, by the CLI and the local host, with nothing created there', async () => {
    const dir = join(share!, `redress-data-${process.pid}`);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const cli = await cliChild(['case', 'list', '--data-dir', dir]);
    expect(cli.code).toBe(1);
    expect(isOneSentence(cli.stderr)).toBe(true);
    expect(cli.stderr).toMatch(
      /cannot keep its case store in .*redress-data-\d+, because that folder is on a network drive \(fuse\.smbnetfs mount/,
    );
    const host = await serveChild(['--data-dir', dir]);
    expect(host.code).toBe(1);
    expect(isOneSentence(host.stderr)).toBe(true);
    expect(host.stderr).toMatch(/network drive/);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    mkdirSync(dir, { recursive: true });
    const existing = await cliChild(['init', '--name', 'Sam Lee', '--data-dir', dir]);
    expect(existing.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

if (!runSmb)
  describe('a data folder inside a real SMB share', () => {
    it.skip(`skipped: needs root and ${TOOL} (or REDRESS_SMB_SHARE), and 127.0.0.1:445 free`, () => {});
  });
