// The standard paragraphs as versions: Redress's first versions ship in
// resources/paragraphs/standard-paragraphs.json, and each edit a manager saves is a new record
// (insert-only, synced). The current version of a paragraph is its highest; two managers saving
// the same number on two computers are told apart by time, then id, the same way everywhere.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import shipped from '../../../../resources/paragraphs/standard-paragraphs.json';
import {
  PARAGRAPH_KEYS,
  PARAGRAPH_MAX_CHARS,
  type ParagraphKey,
  type ParagraphVersion,
} from '../../../shared/letters/paragraphs';
import type { Database, ParagraphVersionsTable } from '../../db/schema';

const shippedFile = z.object({
  source: z.string(),
  paragraphs: z.array(
    z.object({
      key: z.enum(PARAGRAPH_KEYS),
      version: z.number().int().min(1),
      text: z.string().min(1).max(PARAGRAPH_MAX_CHARS),
    }),
  ),
});

const SHIPPED: Record<ParagraphKey, ParagraphVersion> = (() => {
  const list = shippedFile.parse(shipped).paragraphs;
  const byKey = Object.fromEntries(list.map((p) => [p.key, p])) as Partial<
    Record<ParagraphKey, ParagraphVersion>
  >;
  for (const key of PARAGRAPH_KEYS)
    if (!byKey[key])
      throw new Error(`resources/paragraphs/standard-paragraphs.json has no "${key}" paragraph`);
  return byKey as Record<ParagraphKey, ParagraphVersion>;
})();

/** Redress's own first version of a paragraph. */
export function shippedParagraph(key: ParagraphKey): ParagraphVersion {
  return SHIPPED[key];
}

/** A stored version's place in the order: version, then when, then id (the same on every computer). */
export function newerFirst(a: ParagraphVersionsTable, b: ParagraphVersionsTable): number {
  return b.version - a.version || b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id);
}

/** Every stored version of every paragraph (few: a handful of edits a year), newest first per key. */
export async function storedVersions(db: Kysely<Database>): Promise<ParagraphVersionsTable[]> {
  const rows = await db.selectFrom('paragraph_versions').selectAll().execute();
  return rows.filter((r) => PARAGRAPH_KEYS.includes(r.key)).sort(newerFirst);
}

/** The version of each paragraph a letter drafted now uses. */
export async function currentParagraphs(
  db: Kysely<Database>,
): Promise<Record<ParagraphKey, ParagraphVersion>> {
  const current = { ...SHIPPED };
  for (const row of (await storedVersions(db)).reverse())
    if (row.version >= current[row.key].version)
      current[row.key] = { key: row.key, version: row.version, text: row.text };
  return current;
}

/** A particular version of a paragraph (what an issued letter used), or null when it is not here. */
export async function paragraphVersion(
  db: Kysely<Database>,
  key: ParagraphKey,
  version: number,
): Promise<ParagraphVersion | null> {
  const stored = (await storedVersions(db)).find((r) => r.key === key && r.version === version);
  if (stored) return { key, version, text: stored.text };
  return SHIPPED[key].version === version ? SHIPPED[key] : null;
}
