// Editing the standard paragraphs: each save is a new version record (insert-only, synced),
// numbered one above the highest this computer knows, so an issued letter's versions stay
// readable for ever. Two managers saving at once on two computers both keep their version; the
// same one is current everywhere (services/letters/paragraphs.ts orders them).
import type { z } from 'zod';
import type {
  ParagraphHistoryEntry,
  SaveParagraphInput,
  StandardParagraph,
} from '../../../../shared/contract/letterSetup';
import { uuidv7 } from '../../../../shared/domain/ids';
import { PARAGRAPH_KEYS, PARAGRAPH_LABELS, type ParagraphKey } from '../../../../shared/letters/paragraphs';
import { type ServiceContext, within, write } from '../../../store/context';
import { shippedParagraph, storedVersions } from '../paragraphs';

type Input = z.output<typeof SaveParagraphInput>;

/** Every paragraph with its current version and its history, newest first. */
export async function listParagraphs(ctx: ServiceContext): Promise<StandardParagraph[]> {
  const stored = await storedVersions(ctx.db);
  const people = new Map(
    (await ctx.db.selectFrom('people').select(['id', 'name']).execute()).map((p) => [p.id, p.name]),
  );
  return PARAGRAPH_KEYS.map((key) => {
    const shipped = shippedParagraph(key);
    const edits: ParagraphHistoryEntry[] = stored
      .filter((r) => r.key === key)
      .map((r) => ({
        version: r.version,
        text: r.text,
        note: r.note,
        createdBy: people.get(r.created_by) ?? null,
        createdAt: r.created_at,
        shipped: false,
      }));
    const original: ParagraphHistoryEntry = {
      version: shipped.version,
      text: shipped.text,
      note: null,
      createdBy: null,
      createdAt: null,
      shipped: true,
    };
    // A manager's version wins over Redress's own of the same number (as currentParagraphs reads it).
    const at = edits.findIndex((e) => e.version < original.version);
    const history = at < 0 ? [...edits, original] : [...edits.slice(0, at), original, ...edits.slice(at)];
    return { key, label: PARAGRAPH_LABELS[key], current: history[0]!, history };
  });
}

async function paragraph(ctx: ServiceContext, key: ParagraphKey): Promise<StandardParagraph> {
  return (await listParagraphs(ctx)).find((p) => p.key === key)!;
}

/** Saves a new version of a paragraph; the same text as the current version changes nothing. */
export function saveParagraph(ctx: ServiceContext, input: Input): Promise<StandardParagraph> {
  return write(ctx, async (w) => {
    const here = within(ctx, w);
    const before = await paragraph(here, input.key);
    if (before.current.text === input.text) return before;
    const highest = Math.max(...before.history.map((h) => h.version));
    const row = {
      id: uuidv7(),
      key: input.key,
      version: highest + 1,
      text: input.text,
      note: input.note ?? null,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await w.changes.created('paragraph_version', row.id, row);
    await w.tx.insertInto('paragraph_versions').values(row).execute();
    return paragraph(here, input.key);
  });
}
