// The tables a backup carries, in the order they are restored (records before what refers to
// them), derived from the registry: every record kind, then the local tables it says to keep.
import type { Database } from '../db/schema';
import { fieldsOf, LOCAL_TABLES, RECORD_KINDS, type LocalBackup } from './registry';

export interface BackedUpTable {
  name: keyof Database;
  columns: readonly string[];
  /** Reads the table for a backup, in a stable order. */
  select: string;
}

const recordTables: BackedUpTable[] = Object.values(RECORD_KINDS).map((kind) => {
  const columns = ['id', ...fieldsOf(kind)];
  const order = (kind.local as readonly string[]).includes('n') ? 'n' : 'id';
  return {
    name: kind.table,
    columns,
    select: `SELECT ${columns.join(', ')} FROM ${kind.table} ORDER BY ${order}`,
  };
});

const localTables: BackedUpTable[] = Object.entries(LOCAL_TABLES).flatMap(([name, table]) => {
  const backup = table.backup as LocalBackup<keyof Database> | null;
  if (!backup) return [];
  return [
    {
      name: name as keyof Database,
      columns: backup.columns,
      select: `SELECT ${backup.columns.join(', ')} FROM ${name}${backup.where ? ` WHERE ${backup.where}` : ''} ORDER BY ${backup.order}`,
    },
  ];
});

export const BACKED_UP_TABLES: readonly BackedUpTable[] = [...recordTables, ...localTables];
