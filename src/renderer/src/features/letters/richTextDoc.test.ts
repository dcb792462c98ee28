import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { richTextSchema, type RichText } from '../../../../shared/letters/richText';
import { docFromRichText, richTextFromDoc, type DocNode } from './richTextDoc';
import { EDITOR_EXTENSIONS } from './editorExtensions';

const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]): DocNode =>
  marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text };
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const ul = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items });

// The editor's own schema: a document we hand it must be one it accepts.
const editorSchema = getSchema(EDITOR_EXTENSIONS);

const SAMPLES: Array<[string, RichText]> = [
  ['one paragraph', [{ kind: 'paragraph', runs: [{ text: 'We are sorry for the delay.' }] }]],
  [
    'bold and italic runs keep the spaces between them',
    [
      {
        kind: 'paragraph',
        runs: [
          { text: 'Dear ' },
          { text: 'Ms Ní Bhriain', bold: true },
          { text: ', we ' },
          { text: 'will', italic: true },
          { text: ' fix it', bold: true, italic: true },
          { text: '.' },
        ],
      },
    ],
  ],
  [
    'bullets between paragraphs',
    [
      { kind: 'paragraph', runs: [{ text: 'We will:' }] },
      { kind: 'bullet', runs: [{ text: 'replace the fan' }] },
      { kind: 'bullet', runs: [{ text: 'pay ' }, { text: '£150', bold: true }] },
      { kind: 'paragraph', runs: [{ text: 'Yours sincerely' }] },
      { kind: 'bullet', runs: [{ text: 'a list of one' }] },
    ],
  ],
  [
    'text a letter must survive',
    [{ kind: 'paragraph', runs: [{ text: 'Dafydd ap Siôn & O’Brien <said> “no” 🙂' }] }],
  ],
];

describe('a section’s text to the editor and back', () => {
  it.each(SAMPLES)('%s: comes back the same, in a document the editor accepts', (_name, rich) => {
    const d = docFromRichText(rich);
    expect(() => PmNode.fromJSON(editorSchema, d).check()).not.toThrow();
    expect(richTextFromDoc(d)).toEqual(rich);
  });

  it('an empty section opens as one empty paragraph the editor accepts, and saves as nothing', () => {
    const d = docFromRichText([]);
    expect(d).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(() => PmNode.fromJSON(editorSchema, d).check()).not.toThrow();
    expect(richTextFromDoc(d)).toEqual([]);
  });

  it('the text the editor saves is text the contract accepts unchanged (spaces kept)', () => {
    for (const [, rich] of SAMPLES) {
      const sent = richTextFromDoc(docFromRichText(rich));
      expect(richTextSchema.parse(sent)).toEqual(rich);
    }
  });
});

describe('the editor’s document to a section’s text', () => {
  it('reads bold and italic marks and merges neighbouring runs that look the same', () => {
    expect(
      richTextFromDoc(doc(p(t('We '), t('will', 'bold'), t(' pay', 'bold'), t(' soon', 'italic', 'bold')))),
    ).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'We ' },
          { text: 'will pay', bold: true },
          { text: ' soon', bold: true, italic: true },
        ],
      },
    ]);
  });

  it('ignores marks the letter cannot carry (a link, code, strike)', () => {
    expect(richTextFromDoc(doc(p(t('see '), t('here', 'link', 'strike'), t('.', 'code'))))).toEqual([
      { kind: 'paragraph', runs: [{ text: 'see here.' }] },
    ]);
  });

  it('flattens nested and numbered lists to one level of bullet points, in order', () => {
    const nested = doc(
      ul(li(p(t('first')), ul(li(p(t('inner a'))), li(p(t('inner b'), t(' bold', 'bold')))))),
      { type: 'orderedList', content: [li(p(t('numbered')))] },
      ul(li(p(t('last')), p(t('second paragraph of the last item')))),
    );
    expect(richTextFromDoc(nested)).toEqual([
      { kind: 'bullet', runs: [{ text: 'first' }] },
      { kind: 'bullet', runs: [{ text: 'inner a' }] },
      { kind: 'bullet', runs: [{ text: 'inner b' }, { text: ' bold', bold: true }] },
      { kind: 'bullet', runs: [{ text: 'numbered' }] },
      { kind: 'bullet', runs: [{ text: 'last' }] },
      { kind: 'bullet', runs: [{ text: 'second paragraph of the last item' }] },
    ]);
  });

  it('leaves out empty and blank paragraphs and bullets', () => {
    expect(
      richTextFromDoc(
        doc(
          { type: 'paragraph' },
          p(t('Hello')),
          p(t('   ')),
          { type: 'paragraph' },
          ul(li({ type: 'paragraph' })),
        ),
      ),
    ).toEqual([{ kind: 'paragraph', runs: [{ text: 'Hello' }] }]);
  });

  it('folds pasted headings, quotes and code into paragraphs, and a line break into a space', () => {
    expect(
      richTextFromDoc(
        doc(
          { type: 'heading', attrs: { level: 2 }, content: [t('Our decision')] },
          { type: 'blockquote', content: [p(t('quoted'), { type: 'hardBreak' }, t('on'))] },
          { type: 'codeBlock', content: [t('x = 1')] },
        ),
      ),
    ).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Our decision' }] },
      { kind: 'paragraph', runs: [{ text: 'quoted on' }] },
      { kind: 'paragraph', runs: [{ text: 'x = 1' }] },
    ]);
  });

  it('reads a document the real editor schema built from StarterKit defaults', () => {
    const full = getSchema([StarterKit]);
    const node = PmNode.fromJSON(
      full,
      doc(p(t('Plain '), t('bold', 'bold')), ul(li(p(t('point'))))) as Parameters<typeof PmNode.fromJSON>[1],
    );
    expect(richTextFromDoc(node.toJSON() as DocNode)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Plain ' }, { text: 'bold', bold: true }] },
      { kind: 'bullet', runs: [{ text: 'point' }] },
    ]);
  });
});
