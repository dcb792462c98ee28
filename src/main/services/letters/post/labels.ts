// labels.docx: an address label sheet for the post run, laid out as Avery L7160 (and its
// equivalents): 21 labels a sheet of A4, 3 across and 7 down, each 63.5 × 38.1 mm, 2.5 mm between
// columns, none between rows, 15.15 mm top and 7.25 mm side margins. It is one table with exact
// row heights and fixed column widths, so Word and LibreOffice put each address where the sheet
// has its label; rows never split, and the eighth row starts the next sheet.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

// In twips (1/1440 inch; 1 mm = 56.69 twips).
const A4 = { width: 11906, height: 16838 };
const LABEL = { width: 3600, height: 2160 }; // 63.5 × 38.1 mm exactly (2.5 × 1.5 inches)
const GAP = 142; // 2.5 mm between columns
export const LABELS_ACROSS = 3;
export const LABELS_DOWN = 7;
export const LABELS_PER_SHEET = LABELS_ACROSS * LABELS_DOWN;
const TABLE_WIDTH = LABELS_ACROSS * LABEL.width + (LABELS_ACROSS - 1) * GAP;
const SIDE_MARGIN = Math.floor((A4.width - TABLE_WIDTH) / 2);
const TOP_MARGIN = Math.round((A4.height - LABELS_DOWN * LABEL.height) / 2);
// Small, so the document's closing paragraph fits under the last row of a sheet without a blank page.
const BOTTOM_MARGIN = 300;
/** Text kept this far inside the label's edge (4 mm), as paragraph indents (cell margins vary by reader). */
const INSET = 227;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** 10 pt fits seven lines on a label; a longer address is set smaller so it still fits. */
const pointSize = (lines: number) => (lines <= 7 ? 10 : lines <= 9 ? 8 : 7);

function labelCell(lines: readonly string[]): TableCell {
  const size = pointSize(lines.length) * 2;
  return new TableCell({
    width: { size: LABEL.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children: (lines.length ? lines : ['']).map(
      (line) =>
        new Paragraph({
          indent: { left: INSET, right: INSET },
          spacing: { before: 0, after: 0, line: 240 },
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text: line, size, font: 'Arial' })],
        }),
    ),
  });
}

function gapCell(): TableCell {
  return new TableCell({
    width: { size: GAP, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })],
  });
}

/** The label sheet: one label per address (each a list of lines), in order, across then down. */
export async function labelSheet(addresses: ReadonlyArray<readonly string[]>): Promise<Buffer> {
  const rows: TableRow[] = [];
  const perRow = LABELS_ACROSS;
  // Whole sheets: the unused labels of the last one are left blank, as a printer expects.
  const count = Math.max(1, Math.ceil(addresses.length / LABELS_PER_SHEET)) * LABELS_PER_SHEET;
  for (let start = 0; start < count; start += perRow) {
    const cells: TableCell[] = [];
    for (let i = 0; i < perRow; i++) {
      if (i > 0) cells.push(gapCell());
      cells.push(labelCell(addresses[start + i] ?? []));
    }
    rows.push(
      new TableRow({
        height: { value: LABEL.height, rule: HeightRule.EXACT },
        cantSplit: true,
        children: cells,
      }),
    );
  }
  const columnWidths = Array.from({ length: perRow * 2 - 1 }, (_, i) => (i % 2 === 0 ? LABEL.width : GAP));
  const doc = new Document({
    creator: 'Redress',
    title: 'Address labels',
    description: 'Avery L7160 layout: 21 labels per A4 sheet, 63.5 × 38.1 mm',
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: TOP_MARGIN,
              bottom: BOTTOM_MARGIN,
              left: SIDE_MARGIN,
              right: A4.width - SIDE_MARGIN - TABLE_WIDTH,
              header: 0,
              footer: 0,
            },
          },
        },
        children: [
          new Table({
            rows,
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths,
            layout: TableLayoutType.FIXED,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            borders: NO_BORDERS,
          }),
          // Word needs a paragraph after a table; this one takes no room.
          new Paragraph({
            spacing: { before: 0, after: 0, line: 20 },
            children: [new TextRun({ text: '', size: 2 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
