// Backup and restore: the whole case store as one checked file, and back into an empty store.
// The file is text (JSON, one record per line) so the app can offer it as a download and the
// CLI can write it where a landlord's backup script expects it.
import { z } from 'zod';
import { mutation, query, scriptsOnly } from './procedure';

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
}

export const backupProcedures = {
  'backup.export': query<BackupFile>()(z.object({}).default({})),
  /** Only into an empty store; refuses a damaged or altered file, or one from a newer Redress. */
  'backup.restore': mutation<RestoreResult>('synced')(RestoreBackupInput),
  /** Scripts: the backup streamed to a file, which is replaced only once the new one is whole. */
  'backup.exportToFile': scriptsOnly(query<SavedBackup>()(BackupPathInput)),
  /** Scripts: `backup.restore` from a file, streamed (a store of any size). */
  'backup.restoreFromFile': scriptsOnly(mutation<RestoreResult>('synced')(BackupPathInput)),
} as const;
