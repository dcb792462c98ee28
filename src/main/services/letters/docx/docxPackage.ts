// A filled letter's package: the template's files kept as bytes, with only the parts the filling
// changes held as text, then zipped once, at the level docx packs its own documents with.
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';

const CONTENT_TYPES = '[Content_Types].xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELATIONSHIPS_ROOT =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

export class DocxPackage {
  private readonly changed = new Map<string, string | Uint8Array>();

  constructor(private readonly files: Readonly<Record<string, Uint8Array>>) {}

  has(path: string): boolean {
    return this.changed.has(path) || path in this.files;
  }

  paths(): string[] {
    return [...new Set([...Object.keys(this.files), ...this.changed.keys()])];
  }

  /** The part's XML, as changed so far; null when the package has no such part. */
  read(path: string): string | null {
    const changed = this.changed.get(path);
    if (typeof changed === 'string') return changed;
    const bytes = changed ?? this.files[path];
    return bytes ? strFromU8(bytes) : null;
  }

  write(path: string, content: string | Uint8Array): void {
    this.changed.set(path, content);
  }

  /** A relationship from `part` (e.g. word/document.xml) to `target`, returning its new id. */
  relate(part: string, type: string, target: string): string {
    const slash = part.lastIndexOf('/');
    const path = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
    const rels = this.read(path) ?? `${XML_DECLARATION}${RELATIONSHIPS_ROOT}</Relationships>`;
    const taken = [...rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...taken) + 1}`;
    this.write(
      path,
      appendToRoot(rels, 'Relationships', `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`),
    );
    return id;
  }

  /** Declares the content type of a new part, or of every file with an extension. */
  declareType(entry: { part: string } | { extension: string }, contentType: string): void {
    const types = this.read(CONTENT_TYPES);
    if (types === null) throw new Error('The Word document has no [Content_Types].xml');
    const element =
      'part' in entry
        ? `<Override PartName="/${entry.part}" ContentType="${contentType}"/>`
        : `<Default Extension="${entry.extension}" ContentType="${contentType}"/>`;
    const known =
      'part' in entry
        ? types.includes(`PartName="/${entry.part}"`)
        : new RegExp(`<Default\\b[^>]*Extension="${entry.extension}"`, 'i').test(types);
    if (!known) this.write(CONTENT_TYPES, appendToRoot(types, 'Types', element));
  }

  zip(): Uint8Array {
    const out: Zippable = { ...this.files };
    for (const [path, content] of this.changed)
      out[path] = typeof content === 'string' ? strToU8(content) : content;
    return zipSync(out, { level: 6 });
  }
}

export const newPart = (root: string) => `${XML_DECLARATION}${root}`;

/** The XML with `content` added at the end of its root element, which may be empty (`<root/>`). */
export function appendToRoot(xml: string, root: string, content: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close !== -1) return xml.slice(0, close) + content + xml.slice(close);
  return xml.replace(
    new RegExp(`<${root}\\b([^>]*?)\\s*/>`),
    (_all, attrs: string) => `<${root}${attrs}>${content}</${root}>`,
  );
}
