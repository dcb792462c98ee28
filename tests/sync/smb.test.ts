// The real-folder convergence suite on a real SMB share (Samba on loopback, mounted through the
// smbnetfs FUSE client: case-insensitive names, no links, files cannot be reopened for writing).
// Runs when REDRESS_SMB_SHARE is the mount path of such a share; tests/sync/with-smb-share.sh
// starts one, runs this file and stops it. Otherwise every test here is skipped, saying why.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { folderSuite } from './folderSuite';

const mount = process.env.REDRESS_SMB_SHARE;

if (!mount) {
  describe('SMB share', () => {
    it.skip('skipped: set REDRESS_SMB_SHARE to the mount path of an SMB share (tests/sync/with-smb-share.sh does it)', () => {});
  });
} else {
  if (!existsSync(mount))
    throw new Error(`REDRESS_SMB_SHARE=${mount} does not exist (is the share mounted?)`);
  // One folder per run on the share, so runs never see each other's files.
  const root = mkdtempSync(join(mount, 'run-'));
  process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  folderSuite(`SMB share at ${mount}`, {
    root,
    seeds: Number(process.env.REDRESS_SMB_SEEDS ?? 4),
    timeoutMs: 300_000,
  });
}
