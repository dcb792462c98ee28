// The editor's document (tiptap's JSON) to a letter section's RichText and back. RichText is the
// only form a section is stored in: paragraphs and bullet points of runs, bold or italic. Anything
// else an editor could hold (a pasted heading, a nested or numbered list, a line break) is folded
// into those, and blank paragraphs are left out: the letter spaces its paragraphs itself.
import type { Block, RichText, Run } from '../../../../shared/letters/richText';

/** A tiptap/ProseMirror node as JSON (the shape `editor.getJSON()` returns). */
export interface DocNode {
  type?: string;
  text?: string;
  marks?: Array<{ type: string }>;
  content?: DocNode[];
  attrs?: Record<string, unknown>;
}

const LISTS = new Set(['bulletList', 'orderedList', 'taskList']);
const ITEMS = new Set(['listItem', 'taskItem']);

/** The editor's document as a section's text. */
export function richTextFromDoc(doc: DocNode): RichText {
  const blocks: RichText = [];
  const push = (kind: Block['kind'], runs: Run[]) => {
    const merged = mergeRuns(runs);
    if (merged.some((r) => r.text.trim() !== '')) blocks.push({ kind, runs: merged });
  };
  const walk = (node: DocNode, inList: boolean) => {
    const type = node.type ?? '';
    if (LISTS.has(type) || ITEMS.has(type)) {
      // Every item, however deep, is one bullet point: the letter has one level of list.
      for (const child of node.content ?? []) walk(child, true);
    } else if (isTextBlock(node)) {
      push(inList ? 'bullet' : 'paragraph', runsOf(node));
    } else {
      for (const child of node.content ?? []) walk(child, inList);
    }
  };
  walk(doc, false);
  return blocks;
}

/** A section's text as the editor's document: runs of the same paragraph, bullets grouped in a list. */
export function docFromRichText(rich: readonly Block[]): DocNode {
  const content: DocNode[] = [];
  let list: DocNode | null = null;
  for (const block of rich) {
    const paragraph: DocNode = { type: 'paragraph' };
    const runs = block.runs.filter((r) => r.text !== '').map(textNode);
    if (runs.length) paragraph.content = runs;
    if (block.kind === 'bullet') {
      if (!list) {
        list = { type: 'bulletList', content: [] };
        content.push(list);
      }
      list.content!.push({ type: 'listItem', content: [paragraph] });
    } else {
      list = null;
      if (runs.length) content.push(paragraph);
    }
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function isTextBlock(node: DocNode): boolean {
  const children = node.content ?? [];
  return (
    ['paragraph', 'heading', 'codeBlock'].includes(node.type ?? '') ||
    (children.length > 0 && children.every((c) => c.type === 'text' || c.type === 'hardBreak'))
  );
}

function runsOf(node: DocNode): Run[] {
  const runs: Run[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text' && child.text) runs.push(runOf(child));
    // A line break inside a paragraph reads as a space in a letter's flowing paragraph.
    else if (child.type === 'hardBreak') runs.push({ text: ' ' });
    else runs.push(...runsOf(child));
  }
  return runs;
}

function runOf(node: DocNode): Run {
  const marks = new Set((node.marks ?? []).map((m) => m.type));
  const run: Run = { text: node.text ?? '' };
  if (marks.has('bold')) run.bold = true;
  if (marks.has('italic')) run.italic = true;
  return run;
}

/** Neighbouring runs that look the same become one, so the stored text stays small and stable. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push({ ...run });
  }
  return out;
}

function textNode(run: Run): DocNode {
  const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : [])];
  return marks.length ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text };
}
