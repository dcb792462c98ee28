// Looks for text in every byte of every file under a folder (a store's data folder, WAL and
// backups included; a share folder), as UTF-8 and as UTF-16 (SQLite may store text either way).
// Once stores and the share are encrypted, a raw grep finds nothing whatever is inside: the
// erasure check must then read decrypted content (swap `contentsOf` for a decrypting reader).
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
