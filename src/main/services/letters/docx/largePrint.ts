// Large print: every font size in the letter (its styles, its runs, its headers and footers)
// scaled by one factor, so its body text is the size the resident asked for and its headings
// stay in proportion. Word keeps sizes in half-points (w:sz, w:szCs).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

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

export function enlargeText(docx: Uint8Array, bodyPt: number): Uint8Array {
  const files = unzipSync(docx);
  const styles = files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : null;
  const base = styles ? bodyHalfPoints(styles) : WORD_DEFAULT_HALF_POINTS;
  const factor = (bodyPt * 2) / base;
  if (factor <= 1) return docx;
  if (styles) files['word/styles.xml'] = strToU8(withDefaultSize(styles, base));
  const out: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) {
    out[path] = isScaled(path)
      ? strToU8(
          strFromU8(bytes).replace(
            SIZE,
            (_, tag: string, v: string) => `<w:${tag} w:val="${Math.round(Number(v) * factor)}"/>`,
          ),
        )
      : bytes;
  }
  return zipSync(out, { level: 6 });
}
