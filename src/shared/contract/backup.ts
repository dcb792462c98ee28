// Backup and restore: the whole case store as one checked file, and back into an empty store;
// copies of the store file itself (by hand and daily), and the store's integrity check.
// The file is text (JSON, one record per line) so the app can offer it as a download and the
// CLI can write it where a landlord's backup script expects it.
import { z } from 'zod';
import { anyone, managers, mutation, officers, query, scriptsOnly } from './procedure';

export const RestoreBackupInput = z.object({
  /** The backup file's whole text, as written by `backup.export`. */
  content: z.string().min(1, 'Choose a backup file'),
});

/** A file on this computer, for scripts: where to write a backup or read one from. */
export const BackupPathInput = z.object({
  path: z.string().trim().min(1, 'Say which file').max(4096, 'That path is too long'),
});

export interface BackupSummary {
  /** The store version it was written by. */
  schemaVersion: number;
  exportedAt: string;
  /** Rows per table (`cases`, `complaint_points`, `changes`, …). */
  counts: Record<string, number>;
  /** SHA-256 of the file's contents before the checksum. */
  checksum: string;
}

export interface BackupFile {
  content: string;
  summary: BackupSummary;
}

export interface SavedBackup {
  file: string;
  summary: BackupSummary;
}

export interface RestoreResult {
  summary: BackupSummary;
  /** This computer's officer after the restore: the one using the computer that was backed up. */
  officerName: string | null;
  /**
   * A new computer restored from a backup gets its own data key and so its own recovery key, shown
   * this once (null: the store kept its key, and the recovery key it had).
   */
  recoveryKey: string | null;
}

/** A copy of the store file itself (SQLite's online backup), made while Redress runs. */
export interface SavedStoreCopy {
  file: string;
  bytes: number;
  cases: number;
}

/** The automatic daily copies in the data folder's `backups` folder. */
export interface DailyBackups {
  folder: string;
  /** Today's copy, if this call made it (null: it was already there). */
  made: string | null;
  /** The copies kept, oldest first (at most seven). */
  kept: string[];
}

/** The result of SQLite's quick integrity check on the store. */
export interface StoreCheck {
  healthy: boolean;
  /** One sentence: passed, or what is wrong and what to do. */
  message: string;
  /** SQLite's own words for each problem (empty when healthy). */
  problems: string[];
  checkedAt: string;
  millis: number;
}

export const backupProcedures = {
  'backup.export': query<BackupFile>()(
    z.object({}).default({}),
    managers('make a backup of the whole store'),
  ),
  /**
   * Only into an empty store; refuses a damaged or altered file, or one from a newer Redress.
   * Anyone: like set-up, it is the first thing done on a new computer, and an empty store has
   * nothing to protect (a store with records refuses it, whoever asks).
   */
  'backup.restore': mutation<RestoreResult>('synced')(RestoreBackupInput, anyone),
  /** Scripts: the backup streamed to a file, which is replaced only once the new one is whole. */
  'backup.exportToFile': scriptsOnly(
    query<SavedBackup>()(BackupPathInput, managers('make a backup of the whole store')),
  ),
  /** Scripts: `backup.restore` from a file, streamed (a store of any size). */
  'backup.restoreFromFile': scriptsOnly(mutation<RestoreResult>('synced')(BackupPathInput, anyone)),
  /**
   * Scripts: a consistent copy of the store file (what is still in the write-ahead log included),
   * safe while the app runs; `backup.restoreFromFile` reads it back.
   */
  'backup.copyToFile': scriptsOnly(
    query<SavedStoreCopy>()(BackupPathInput, managers('make a backup of the whole store')),
  ),
  /** The front doors, at start-up and daily: today's copy in the data folder, keeping the last seven. */
  'backup.daily': scriptsOnly(mutation<DailyBackups>('local')(z.object({}).default({}), anyone)),
  /** SQLite's quick integrity check of this computer's store, on demand. */
  'store.check': query<StoreCheck>()(z.object({}).default({}), officers),
} as const;
