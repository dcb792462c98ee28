// Turning what an officer types into a safe FTS5 query, and keeping the search indexes current.
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './schema';

/**
 * Each word the officer typed must appear; every word is quoted (so punctuation and FTS5
 * operators in names like O'Brien or "AND" cannot break the query). Prefix matching applies
 * to the last word (as-you-type) or to all words, and only from a few letters, because a
 * one-letter prefix matches most of a million-row index.
 */
export function toFtsQuery(text: string, prefix: 'last' | 'all', minPrefix = 2): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((w, i) => {
      const wantsPrefix = (prefix === 'all' || i === words.length - 1) && w.length >= minPrefix;
      return `"${w}"${wantsPrefix ? '*' : ''}`;
    })
    .join(' AND ');
}

const digits = (v: string | null) => (v ? v.replace(/\D/g, '') : '');

export interface ResidentSearchText {
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
}

/** Phones and postcodes are indexed as written and run together, so "07700900123" and "SE17PB" find them. */
export function residentFtsRow(r: ResidentSearchText) {
  return {
    name: r.name,
    phone: [r.phone ?? '', digits(r.phone)].join(' ').trim(),
    email: r.email ?? '',
    address: r.address ?? '',
    postcode: [r.postcode ?? '', (r.postcode ?? '').replace(/\s+/g, '')].join(' ').trim(),
  };
}

export async function indexResident(
  tx: Transaction<Database>,
  rowid: number,
  r: ResidentSearchText,
): Promise<void> {
  const f = residentFtsRow(r);
  await sql`DELETE FROM resident_fts WHERE rowid = ${rowid}`.execute(tx);
  await sql`INSERT INTO resident_fts(rowid, name, phone, email, address, postcode)
            VALUES (${rowid}, ${f.name}, ${f.phone}, ${f.email}, ${f.address}, ${f.postcode})`.execute(tx);
}

export async function indexCase(
  tx: Transaction<Database>,
  rowid: number,
  c: { reference: string; summary: string; residentName: string | null },
  replace: boolean,
): Promise<void> {
  if (replace) await sql`DELETE FROM case_fts WHERE rowid = ${rowid}`.execute(tx);
  await sql`INSERT INTO case_fts(rowid, reference, summary, resident)
            VALUES (${rowid}, ${c.reference}, ${c.summary}, ${c.residentName ?? ''})`.execute(tx);
}
