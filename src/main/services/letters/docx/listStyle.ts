// docx puts list items in the List Paragraph style. A template saved by Word only keeps the styles
// it uses, and LibreOffice drops a list item's number when its style is missing, so the style is
// found under the name the template gives it, or added as docx defines it.
import { StyleForParagraph } from 'docx';
import { appendToRoot, type DocxPackage } from './docxPackage';
import { xmlText } from './xmlText';

const STYLES = 'word/styles.xml';
const USE = '<w:pStyle w:val="ListParagraph"/>';

/** Each part's XML with its list items in the template's List Paragraph style, added when missing. */
export function useListStyle(pkg: DocxPackage, parts: Map<string, string>): void {
  const styles = pkg.read(STYLES);
  if (!styles || /w:styleId="ListParagraph"/.test(styles)) return;
  if (![...parts.values()].some((xml) => xml.includes(USE))) return;
  const named = [...styles.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)]
    .filter((m) => m[1]!.includes('w:type="paragraph"') && /<w:name w:val="List Paragraph"\/>/i.test(m[2]!))
    .map((m) => /w:styleId="([^"]+)"/.exec(m[1]!)?.[1])
    .find((id) => id);
  if (named) {
    for (const [part, xml] of parts) parts.set(part, xml.split(USE).join(`<w:pStyle w:val="${named}"/>`));
    return;
  }
  const style = new StyleForParagraph({
    id: 'ListParagraph',
    name: 'List Paragraph',
    basedOn: 'Normal',
    quickFormat: true,
  });
  pkg.write(
    STYLES,
    appendToRoot(
      styles,
      'w:styles',
      xmlText(style.prepForXml({ stack: [] } as never) as Record<string, unknown>),
    ),
  );
}
