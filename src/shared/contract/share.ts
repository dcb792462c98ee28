// The central share and sync. The app connects once and syncs in the background; scripts (the
// CLI) take one step at a time against the folder they name, and see each step's full report.
// None of these writes records that sync: they change this computer's settings or the share.
import * as In from './inputs';
import { administrators, mutation, officers, query } from './procedure';
import type * as Out from './types';

export const shareProcedures = {
  'share.status': query<Out.ShareStatus>()(In.EmptyInput, officers),
  /** Sets up (or joins) the share in a folder, then syncs with it. */
  'share.connect': mutation<Out.ShareStatus>('local')(
    In.ConnectShareInput,
    administrators('set up or join the central share'),
  ),
  'share.disconnect': mutation<Out.ShareStatus>('local')(
    In.EmptyInput,
    administrators('disconnect this computer from the central share'),
  ),
  /** After a `fork` item: this computer takes a new identity on the share and shares its changes again. */
  'share.reidentify': mutation<Out.ShareStatus>('local')(
    In.ReidentifyInput,
    administrators('change this computer’s identity on the central share'),
  ),
  'sync.now': mutation<Out.SyncReport>('local')(In.EmptyInput, officers),

  /** Scripts: sets up (or joins) the share in a folder, without syncing. */
  'share.join': mutation<Out.ShareStatus>('local')(
    In.ConnectShareInput,
    administrators('set up or join the central share'),
  ),
  /** Scripts: `share.reidentify` against a named folder, without syncing; says the new reference code. */
  'share.newIdentity': mutation<Out.NewIdentity>('local')(
    In.NewIdentityInput,
    administrators('change this computer’s identity on the central share'),
  ),
  /** Scripts: writes a snapshot to the share so new computers join quickly. */
  'share.snapshot': mutation<Out.Snapshot>('local')(
    In.ShareFolderInput,
    administrators('write a snapshot to the central share'),
  ),
  /**
   * Scripts: removes this computer's old segments that every computer has read and a snapshot of
   * its own holds, so the share stays small over the years; says what it kept and why.
   */
  'share.gc': mutation<Out.ShareGc>('local')(
    In.ShareFolderInput,
    administrators('tidy this computer’s old files off the central share'),
  ),
  /** Scripts: copies the whole share to a new place, each file checked; computers then re-point with share.join. */
  'share.migrate': mutation<Out.ShareMigration>('local')(
    In.MigrateShareInput,
    administrators('move the central share to a new place'),
  ),
  /** Scripts: one sync with the share in a named folder, now; failures are raised, not kept. */
  'sync.folder': mutation<Out.SyncReport>('local')(In.ShareFolderInput, officers),
  /** Administrators: a join code a new computer types to join the share (works once, for 24 hours). */
  'share.joinCode': mutation<Out.JoinCode>('local')(
    In.EmptyInput,
    administrators('show a join code for a new computer'),
  ),
  /** Administrators: vouches for a computer on the share that joined without a code. */
  'share.approve': mutation<Out.ShareStatus>('local')(
    In.ApproveComputerInput,
    administrators('approve a computer on the central share'),
  ),
  /** A hash of everything sync keeps equal: two computers with the same hash have converged. */
  'sync.stateHash': query<Out.StateHash>()(In.EmptyInput, officers),
} as const;
