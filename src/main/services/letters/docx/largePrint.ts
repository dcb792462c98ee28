// Large print: every font size in the letter (its styles, its runs, its headers and footers)
// scaled by one factor, so its body text is the size the resident asked for and its headings
// stay in proportion. Word keeps sizes in half-points (w:sz, w:szCs).
import type { DocxPackage } from './docxPackage';

const SIZE = /<w:(sz|szCs) w:val="(\d+)"\s*\/>/g;
/** Word's size when a document says none: 10 pt. */
const WORD_DEFAULT_HALF_POINTS = 20;

const isScaled = (path: string) =>
  /^word\/(document|styles|numbering|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(path);

/** The body text size the document sets, in half-points: its Normal style's, else its defaults'. */
export function bodyHalfPoints(stylesXml: string): number {
  const normal = /<w:style\b[^>]*w:styleId="Normal"[^>]*>([\s\S]*?)<\/w:style>/.exec(stylesXml)?.[1];
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1];
  const sizeIn = (xml: string | undefined) => (xml ? /<w:sz w:val="(\d+)"/.exec(xml)?.[1] : undefined);
  return Number(sizeIn(normal) ?? sizeIn(defaults) ?? WORD_DEFAULT_HALF_POINTS);
}

/** Makes sure the document's defaults carry a size, so text that states none is scaled too. */
function withDefaultSize(stylesXml: string, halfPoints: number): string {
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml);
  const size = `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  if (defaults && /<w:sz w:val=/.test(defaults[1]!)) return stylesXml;
  if (defaults) {
    const inner = defaults[1]!.includes('<w:rPr>')
      ? defaults[1]!.replace('<w:rPr>', `<w:rPr>${size}`)
      : defaults[1]!.replace(/<w:rPr\s*\/>/, '').concat(`<w:rPr>${size}</w:rPr>`);
    return stylesXml.replace(defaults[0], `<w:rPrDefault>${inner}</w:rPrDefault>`);
  }
  const docDefaults = `<w:docDefaults><w:rPrDefault><w:rPr>${size}</w:rPr></w:rPrDefault></w:docDefaults>`;
  return /<w:docDefaults>/.test(stylesXml)
    ? stylesXml.replace(
        '<w:docDefaults>',
        `<w:docDefaults><w:rPrDefault><w:rPr>${size}</w:rPr></w:rPrDefault>`,
      )
    : stylesXml.replace(/(<w:styles\b[^>]*>)/, `$1${docDefaults}`);
}

/** Every font size in the package's text parts scaled so its body text is `bodyPt`; never smaller. */
export function enlargeText(pkg: DocxPackage, bodyPt: number): void {
  const styles = pkg.read('word/styles.xml');
  const base = styles ? bodyHalfPoints(styles) : WORD_DEFAULT_HALF_POINTS;
  const factor = (bodyPt * 2) / base;
  if (factor <= 1) return;
  if (styles) pkg.write('word/styles.xml', withDefaultSize(styles, base));
  for (const path of pkg.paths().filter(isScaled))
    pkg.write(
      path,
      pkg
        .read(path)!
        .replace(
          SIZE,
          (_, tag: string, v: string) => `<w:${tag} w:val="${Math.round(Number(v) * factor)}"/>`,
        ),
    );
}
