// Checking what a backup file says before any of it is stored: the header (format, version, the
// schema it came from), each row against the columns this version stores (values are only what
// SQLite holds: text, numbers, empty), and the officer and former identities. Anything else is
// refused by name, with nothing written.
import { z } from 'zod';
import type { BackedUpTable } from './backupTables';

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

const Header = z.object({
  format: z.literal('redress-export'),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  installation: z.object({ id: z.string().min(1), code: z.string() }),
});

export interface BackupHeader {
  schemaVersion: number;
  exportedAt: string;
  installation: { id: string; code: string };
}

/** The first line: `{"format":…,"installation":{…},` — a JSON object missing its closing brace. */
export function parseHeader(line: string, schemaVersion: number): BackupHeader {
  const header = Header.safeParse(safeJson(`${line.replace(/,$/, '')}}`));
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
  return { schemaVersion: h.schemaVersion, exportedAt: h.exportedAt, installation: h.installation };
}

const Meta = z.object({ me: z.string().optional(), former_installations: z.string().optional() });
const FormerInstallations = z.array(z.strictObject({ rid: z.string().min(1), upToChange: z.number().int() }));

/** The `"meta":{…}` line: who used the computer, and the identities it had before. */
export function parseMeta(text: string): {
  me: string | null;
  formerInstallations: z.infer<typeof FormerInstallations>;
} {
  const meta = Meta.safeParse(safeJson(text));
  const former = FormerInstallations.safeParse(
    meta.success && meta.data.former_installations ? safeJson(meta.data.former_installations) : [],
  );
  if (!meta.success || !former.success) {
    throw new BackupError(
      "The backup's record of this computer's officer cannot be read. Nothing was restored.",
    );
  }
  return { me: meta.data.me ?? null, formerInstallations: former.data };
}

const Value = z.union([z.string(), z.number(), z.null()]);

/** Checks one row of a table: only its known columns, only storable values. */
export function rowChecker(table: BackedUpTable): (row: unknown, n: number) => Record<string, unknown> {
  const Row = z.strictObject(Object.fromEntries(table.columns.map((c) => [c, Value.optional()])));
  return (row, n) => {
    const parsed = Row.safeParse(row);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `, ${issue.path.map(String).join('.')}` : '';
    throw new BackupError(
      `The backup's ${table.name} cannot be read (row ${n}${where}: ${issue.message}). Nothing was restored.`,
    );
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
