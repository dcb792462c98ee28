// The pictures a letter's blocks hold (the logo), added to the package under a name the template
// does not use, each related from the part it is drawn in, its file type declared, and each
// drawing given an id no other drawing in the document has, as Word requires.
import type { Media } from 'docx';
import type { DocxPackage } from './docxPackage';

const IMAGE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const CONTENT_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };
/** The namespaces a docx picture is written in that it does not declare itself. */
const PICTURE_NAMESPACES = {
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const DRAWING_ID = /(<wp:docPr\b[^>]*?\bid=")(\d+)(")/g;

/** The highest drawing id anywhere in the template's text parts. */
export function highestDrawingId(parts: Iterable<string>): number {
  let highest = 0;
  for (const xml of parts)
    for (const m of xml.matchAll(DRAWING_ID)) highest = Math.max(highest, Number(m[2]));
  return highest;
}

/** Each part's XML with its pictures related and numbered; the pictures' bytes added. */
export function addPictures(
  pkg: DocxPackage,
  media: Media,
  parts: Map<string, string>,
  drawingIdsAbove: number,
): void {
  const entries = media.Entries;
  if (entries.length === 0) return;
  let nextDrawing = drawingIdsAbove;
  const paths = new Map<string, string>();
  for (const [key, image] of entries) {
    let n = 1;
    while (pkg.has(`word/media/image${n}.${image.type}`)) n++;
    const path = `media/image${n}.${image.type}`;
    pkg.write(`word/${path}`, image.data as Uint8Array);
    pkg.declareType({ extension: image.type }, CONTENT_TYPES[image.type] ?? `image/${image.type}`);
    paths.set(key, path);
  }
  for (const [part, xml] of parts) {
    let filled = xml;
    for (const [key, path] of paths) {
      const placeholder = `rId{${key}}`;
      if (filled.includes(placeholder))
        filled = filled.split(placeholder).join(pkg.relate(part, IMAGE_TYPE, path));
    }
    if (filled !== xml) filled = withPictureNamespaces(filled);
    parts.set(
      part,
      filled.replace(
        DRAWING_ID,
        (_all, open: string, _id: string, close: string) => `${open}${++nextDrawing}${close}`,
      ),
    );
  }
}

/** The part's root element given the picture's namespaces it does not yet declare. */
function withPictureNamespaces(xml: string): string {
  const root = /<(w:document|w:hdr|w:ftr|w:footnotes|w:endnotes)\b[^>]*>/.exec(xml);
  if (!root) return xml;
  const missing = Object.entries(PICTURE_NAMESPACES)
    .filter(([prefix]) => !root[0].includes(` xmlns:${prefix}=`))
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return missing ? xml.replace(root[0], root[0].replace(/>$/, `${missing}>`)) : xml;
}
