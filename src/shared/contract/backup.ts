// Backup and restore: the whole case store as one checked file, and back into an empty store.
// The file is text (JSON, one record per line) so the app can offer it as a download and the
// CLI can write it where a landlord's backup script expects it.
import { z } from 'zod';
import { mutation, query } from './procedure';

export const RestoreBackupInput = z.object({
  /** The backup file's whole text, as written by `backup.export`. */
  content: z.string().min(1, 'Choose a backup file'),
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

export interface RestoreResult {
  summary: BackupSummary;
  /** This computer's officer after the restore: the one using the computer that was backed up. */
  officerName: string | null;
}

export const backupProcedures = {
  'backup.export': query<BackupFile>()(z.object({}).default({})),
  /** Only into an empty store; refuses a damaged or altered file, or one from a newer Redress. */
  'backup.restore': mutation<RestoreResult>('synced')(RestoreBackupInput),
} as const;
