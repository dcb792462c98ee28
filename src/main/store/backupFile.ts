// Checking a backup file's contents before anything is written: the format and its version, the
// schema it came from, and every table and column against what this version stores. Values are
// only what SQLite columns hold (text, numbers, empty); anything else is refused by name.
import { z } from 'zod';
import { BACKED_UP_TABLES } from './backupTables';

/** Thrown with a plain message when a backup cannot be restored; nothing has been written. */
export class BackupError extends Error {
  constructor(
    message: string,
    /** damaged: the file; newer: from a newer Redress; not_empty: the store already holds data. */
    readonly reason: 'damaged' | 'newer' | 'not_empty' = 'damaged',
  ) {
    super(message);
  }
}

const Value = z.union([z.string(), z.number(), z.null()]);
const Row = (columns: readonly string[]) =>
  z.strictObject(Object.fromEntries(columns.map((c) => [c, Value.optional()])));

const FormerInstallation = z.strictObject({ rid: z.string().min(1), upToChange: z.number().int() });

const Header = z.object({
  format: z.literal('redress-export'),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  installation: z.object({ id: z.string().min(1), code: z.string() }),
  meta: z.object({ me: z.string().optional(), former_installations: z.string().optional() }).optional(),
});

export interface BackupDocument {
  schemaVersion: number;
  exportedAt: string;
  installation: { id: string; code: string };
  /** The officer who was using the computer backed up. */
  me: string | null;
  formerInstallations: Array<{ rid: string; upToChange: number }>;
  tables: Record<string, Record<string, unknown>[]>;
}

export function parseBackup(content: string, schemaVersion: number): BackupDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw new BackupError(
      'This file is not a Redress backup (it is not readable as one). Nothing was restored.',
    );
  }
  const header = Header.safeParse(raw);
  if (!header.success) {
    throw new BackupError(
      'This file is not a Redress backup (it lacks what a backup starts with). Nothing was restored.',
    );
  }
  const h = header.data;
  if (h.version < 2) {
    throw new BackupError(
      'This is an export from an earlier Redress that did not yet hold every record (points of complaint, extensions, Ombudsman requests, settings), so it cannot rebuild a store. Make a new backup with this version. Nothing was restored.',
    );
  }
  if (h.schemaVersion > schemaVersion || h.version > 2) {
    throw new BackupError(
      `This backup was made by a newer version of Redress (store version ${h.schemaVersion}; this one is ${schemaVersion}). Update Redress on this computer, then restore it. Nothing was restored.`,
      'newer',
    );
  }
  const doc = raw as Record<string, unknown>;
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of BACKED_UP_TABLES) {
    const rows = z.array(Row(table.columns)).safeParse(doc[table.name] ?? []);
    if (!rows.success) {
      const issue = rows.error.issues[0]!;
      throw new BackupError(
        `The backup's ${table.name} cannot be read (row ${Number(issue.path[0]) + 1}${issue.path[1] === undefined ? '' : `, ${String(issue.path[1])}`}: ${issue.message}). Nothing was restored.`,
      );
    }
    tables[table.name] = rows.data as Record<string, unknown>[];
  }
  let formerInstallations: BackupDocument['formerInstallations'] = [];
  if (h.meta?.former_installations) {
    const former = z.array(FormerInstallation).safeParse(safeJson(h.meta.former_installations));
    if (!former.success)
      throw new BackupError("The backup's record of former identities cannot be read. Nothing was restored.");
    formerInstallations = former.data;
  }
  return {
    schemaVersion: h.schemaVersion,
    exportedAt: h.exportedAt,
    installation: h.installation,
    me: h.meta?.me ?? null,
    formerInstallations,
    tables,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
