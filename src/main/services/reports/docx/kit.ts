// The pieces every Redress report is written with: the letters' house face and size, a cover,
// headings Word lists in its navigation pane, the letters' tables, and charts as PNG pictures
// with alt text and their figures in a table beside them.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { table } from '../../letters/docx/blocks';
import { HOUSE_BODY_HALF_POINTS, HOUSE_FONT } from '../../letters/docx/houseLayout';
import { CHART_HEIGHT, CHART_WIDTH } from '../../../../shared/reports/charts';
import { chartPng } from './png';

export { table };

const SPACED = { after: 120 };

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: level === 1 ? 360 : 240, after: 120 },
    keepNext: true,
  });
}

/** Plain text; blank lines in it start new paragraphs. */
export function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) => new Paragraph({ text: line, spacing: SPACED }));
}

export function note(text: string): Paragraph {
  return new Paragraph({ spacing: SPACED, children: [new TextRun({ text, italics: true })] });
}

export function cover(lines: {
  landlord: string;
  title: string;
  subtitle: string;
  date: string;
}): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [new TextRun({ text: lines.landlord, size: 32 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 240 }, text: lines.title }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: lines.subtitle, size: 32, bold: true })],
    }),
    new Paragraph({ children: [new TextRun({ text: lines.date })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** 16 cm wide, in the chart's proportions. */
const CHART_PRINT = { width: 605, height: Math.round((605 * CHART_HEIGHT) / CHART_WIDTH) };

/** A chart as a picture with alt text, then the same figures as a table. */
export function chart(
  svg: string,
  alt: { title: string; description: string },
  figures: { header: string[]; rows: string[][]; widths: number[] },
): FileChild[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chartPng(svg),
          transformation: CHART_PRINT,
          altText: { name: alt.title, title: alt.title, description: alt.description },
        }),
      ],
    }),
    table(figures.widths, figures.header, figures.rows),
    new Paragraph({ spacing: SPACED, children: [] }),
  ];
}

/** The whole document in the house style. */
export function houseDocument(meta: { title: string; creator: string }, children: FileChild[]): Document {
  return new Document({
    creator: meta.creator,
    title: meta.title,
    styles: {
      default: {
        document: { run: { font: HOUSE_FONT, size: HOUSE_BODY_HALF_POINTS } },
        heading1: { run: { font: HOUSE_FONT, size: 32, bold: true, color: '1C4E80' } },
        heading2: { run: { font: HOUSE_FONT, size: 26, bold: true, color: '1C4E80' } },
        title: { run: { font: HOUSE_FONT, size: 56, bold: true, color: '1C4E80' } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children,
      },
    ],
  });
}

/** The whole document in the house style, packed. */
export function pack(meta: { title: string; creator: string }, children: FileChild[]): Promise<Buffer> {
  return Packer.toBuffer(houseDocument(meta, children));
}
