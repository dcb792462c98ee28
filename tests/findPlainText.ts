// Looks for text in every byte of every file under a folder (a store's data folder, WAL and
// backups included; a share folder), as UTF-8 and as UTF-16 (SQLite may store text either way).
// Stores are encrypted on disk, so a raw grep of a data folder finds nothing whatever is inside:
// `findInStore` reads what a store holds through its own connection.
import type BetterSqlite3 from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PlainTextHit {
  file: string;
  text: string;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    if (s.isDirectory()) out.push(...filesUnder(path));
    else if (s.isFile()) out.push(path);
  }
  return out;
}

/** The bytes a check reads from one file (plain files: the file itself). */
export function contentsOf(path: string): Buffer {
  return readFileSync(path);
}

/** Every (file, text) where the text occurs, case-insensitively, in any file under `dir`. */
export function findPlainText(dir: string, strings: readonly string[]): PlainTextHit[] {
  const hits: PlainTextHit[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = contentsOf(file);
    const lower = Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
    for (const text of strings) {
      const needle = text.toLowerCase();
      if (lower.includes(Buffer.from(needle, 'utf8')) || lower.includes(Buffer.from(needle, 'utf16le')))
        hits.push({ file, text });
    }
  }
  return hits;
}

/**
 * Every (table, text) where the text occurs in any row of any table of an open store (search
 * index shadow tables included): the stores are encrypted on disk, so the erasure check reads
 * what the store holds through its own connection.
 */
export function findInStore(db: BetterSqlite3.Database, strings: readonly string[]): PlainTextHit[] {
  const hits: PlainTextHit[] = [];
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{
    name: string;
  }>;
  for (const { name } of tables) {
    const rows = JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).raw().all()).toLowerCase();
    for (const text of strings) if (rows.includes(text.toLowerCase())) hits.push({ file: name, text });
  }
  return hits;
}
