// The text an officer writes in a letter's sections, as plain data: paragraphs and bullet points
// made of runs that may be bold or italic. The editor's document is converted to this in the
// window, the command line's text is split into it, and the letter is built from it — so no
// HTML is ever stored, sent to the other computers, or put in a letter.
import { z } from 'zod';
import { textProblem } from '../domain/fields';

export const RICH_TEXT_MAX_CHARS = 60_000;

// A run's text keeps its spaces: "Dear " + bold "Ms Jones" + ", we" must not lose the spaces
// between runs, so it is checked like free text but never trimmed.
const runText = z
  .string()
  .overwrite((v) => v.replace(/\r\n?/g, '\n'))
  .superRefine((v, ctx) => {
    const problem = textProblem(v, RICH_TEXT_MAX_CHARS, 'many');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const run = z.object({
  text: runText,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Run = z.infer<typeof run>;

const block = z.object({
  kind: z.enum(['paragraph', 'bullet']),
  runs: z.array(run).max(2000),
});
export type Block = z.infer<typeof block>;

/** A section's text: its blocks, in order. */
export const richTextSchema = z
  .array(block)
  .max(2000)
  .refine((blocks) => plainLength(blocks) <= RICH_TEXT_MAX_CHARS, {
    message: `Must be at most ${RICH_TEXT_MAX_CHARS} characters`,
  });
export type RichText = Block[];

function plainLength(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.runs.reduce((m, r) => m + r.text.length, 0), 0);
}

/** Plain text to paragraphs: a blank line starts a paragraph; lines starting "- " or "• " are bullets. */
export function richFromPlain(plain: string): RichText {
  const blocks: RichText = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: [{ text: paragraph.join(' ') }] });
    paragraph = [];
  };
  for (const raw of plain.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = /^[-•*]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (bullet) {
      flush();
      blocks.push({ kind: 'bullet', runs: [{ text: bullet[1]! }] });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** The words alone: paragraphs separated by blank lines, bullets as "- ". */
export function plainFromRich(rich: readonly Block[]): string {
  return rich.map((b) => (b.kind === 'bullet' ? '- ' : '') + b.runs.map((r) => r.text).join('')).join('\n\n');
}

/** True when the section holds no words at all (empty blocks and spaces do not count). */
export function isBlank(rich: readonly Block[] | null | undefined): boolean {
  return !rich || rich.every((b) => b.runs.every((r) => r.text.trim() === ''));
}
