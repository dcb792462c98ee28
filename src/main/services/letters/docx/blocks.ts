// The letter's block content built as real Word structures: numbered and bulleted lists, tables
// with a header row that repeats on each page, and the officer's rich text with its bold and
// italic. The template's placeholder is replaced by these; their fonts come from its styles.
import {
  BorderStyle,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
} from 'docx';
import type { LetterAction, LetterPoint, LetterRemedy } from '../../../../shared/letters/content';
import { letterDate } from '../../../../shared/letters/letterDate';
import type { RichText } from '../../../../shared/letters/richText';
import { POINT_DECISION_LABELS, REMEDY_KIND_LABELS } from '../../../../shared/domain/vocabulary';
import { formatPounds } from '../../../../shared/remedies/money';

/** The numbered list of the complaint's points. */
export const POINTS_LIST = 'redress-points';

export const LIST_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: POINTS_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          style: { paragraph: { indent: { left: 567, hanging: 397 } } },
        },
      ],
    },
  ],
};

const SPACED = { after: 120 };

/** The officer's text: paragraphs and bullet points, each run bold or italic as written. */
export function richTextBlocks(rich: RichText): Paragraph[] {
  return rich
    .filter((b) => b.runs.some((r) => r.text !== ''))
    .map(
      (b) =>
        new Paragraph({
          children: b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic })),
          spacing: SPACED,
          ...(b.kind === 'bullet' ? { bullet: { level: 0 } } : {}),
        }),
    );
}

/** Each point of complaint as a numbered list item, with the outcome the resident asked for. */
export function definitionList(points: readonly LetterPoint[]): Paragraph[] {
  return points.map(
    (p) =>
      new Paragraph({
        numbering: { reference: POINTS_LIST, level: 0 },
        spacing: SPACED,
        children: [
          new TextRun(p.point),
          ...(p.outcomeSought
            ? [
                new TextRun({ text: 'What you would like to happen: ', italics: true, break: 1 }),
                new TextRun(p.outcomeSought),
              ]
            : []),
        ],
      }),
  );
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const cell = (text: string, options: { bold?: boolean; width: number }) =>
  new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold })] })),
  });

/** A table with a bold header row that repeats when the table runs onto another page (letters and reports). */
export function table(
  widths: readonly number[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, { bold: true, width: widths[i]! })),
      }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: false, children: r.map((t, i) => cell(t, { width: widths[i]! })) }),
      ),
    ],
  });
}

/** Each point with our decision and the reasons for it. */
export function decisionsTable(points: readonly LetterPoint[]): Table {
  return table(
    [34, 18, 48],
    ['Point of complaint', 'Our decision', 'Our reasons'],
    points.map((p) => [
      `${p.number}. ${p.point}`,
      p.decision ? POINT_DECISION_LABELS[p.decision] : 'Not yet decided',
      p.reasons ?? '',
    ]),
  );
}

/** The promised actions still open, with who does them, how to reach them and by when. */
export function actionsBlock(actions: readonly LetterAction[]): (Paragraph | Table)[] {
  if (actions.length === 0) return [new Paragraph({ text: 'No actions are outstanding.', spacing: SPACED })];
  return [
    table(
      [40, 20, 22, 18],
      ['What we will do', 'Who', 'Contact', 'By when'],
      actions.map((a) => [a.what, a.owner, a.contact ?? '', letterDate(a.dueOn)]),
    ),
  ];
}

export const compensationTotal = (remedies: readonly LetterRemedy[]): number =>
  remedies.reduce((sum, r) => sum + (r.amountPence ?? 0), 0);

/**
 * The remedies recorded on the case, with any compensation and its total; nothing when none are
 * recorded (the officer's "Putting things right" section then says what is offered, and why).
 */
export function remediesBlock(remedies: readonly LetterRemedy[]): (Paragraph | Table)[] {
  if (remedies.length === 0) return [];
  const rows = remedies.map((r) => [
    REMEDY_KIND_LABELS[r.kind],
    r.text,
    r.amountPence === null ? '' : formatPounds(r.amountPence),
  ]);
  const anyMoney = remedies.some((r) => r.amountPence !== null);
  return [
    table(
      [22, 52, 26],
      ['Remedy', 'What we will do', 'Compensation'],
      anyMoney ? [...rows, ['Total', '', formatPounds(compensationTotal(remedies))]] : rows,
    ),
  ];
}
