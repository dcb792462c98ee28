// Block placeholders filled in a part's XML: a paragraph holding a block's placeholder is replaced
// by the block's paragraphs and tables (a table cell still ends with a paragraph, as Word needs),
// and an inline placeholder (the logo) is put in its run's place, splitting the run around it.
import { PLACEHOLDER_IN_TEXT } from './prepared';

export type BlockXml = { blocks: string } | { inline: string };

// Innermost paragraphs and runs: a text box's paragraphs sit inside another paragraph's run.
const PARAGRAPH = /<w:p(?:\s[^>]*)?>(?:(?!<w:p[\s>])[\s\S])*?<\/w:p>/g;
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>])[\s\S])*?<\/w:r>/g;

const namesIn = (xml: string) => [...xml.matchAll(PLACEHOLDER_IN_TEXT)].map((m) => m[1]!);

export function fillBlocks(xml: string, blockOf: (name: string) => BlockXml | undefined): string {
  if (!xml.includes('{{')) return xml;
  const inRuns = xml.replace(RUN, (run) => {
    if (!run.includes('{{')) return run;
    const properties = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
    return run.replace(PLACEHOLDER_IN_TEXT, (placeholder, name: string) => {
      const block = blockOf(name);
      if (!block || !('inline' in block)) return placeholder;
      return `</w:t></w:r>${block.inline}<w:r>${properties}<w:t xml:space="preserve">`;
    });
  });
  return inRuns.replace(PARAGRAPH, (paragraph, at: number, whole: string) => {
    const block = namesIn(paragraph)
      .map(blockOf)
      .find((b): b is { blocks: string } => !!b && 'blocks' in b);
    if (!block) return paragraph;
    const endsCell = /^\s*<\/w:tc>/.test(whole.slice(at + paragraph.length));
    const endsWithParagraph = /<\/w:p>$/.test(block.blocks);
    return endsCell && !endsWithParagraph ? `${block.blocks}<w:p/>` : block.blocks;
  });
}
