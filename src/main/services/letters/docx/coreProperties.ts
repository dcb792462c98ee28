// The letter's own title, author and last editor written into the package's core properties
// (what Word shows under File > Info), the part made when the template has none.
import { appendToRoot, newPart, type DocxPackage } from './docxPackage';

const CORE = 'docProps/core.xml';
const CORE_TYPE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const CORE_CONTENT = 'application/vnd.openxmlformats-package.core-properties+xml';
const ROOT =
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"></cp:coreProperties>';

export interface CoreProperties {
  title: string;
  creator: string;
  lastModifiedBy: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function corePath(pkg: DocxPackage): string | null {
  const rels = pkg.read('_rels/.rels') ?? '';
  const relationship = new RegExp(`<Relationship\\b[^>]*Type="${CORE_TYPE}"[^>]*>`).exec(rels)?.[0];
  return relationship ? (/Target="\/?([^"]+)"/.exec(relationship)?.[1] ?? null) : null;
}

export function setCoreProperties(pkg: DocxPackage, properties: CoreProperties): void {
  const path = corePath(pkg);
  let xml = (path && pkg.read(path)) ?? newPart(ROOT);
  const elements: [string, string][] = [
    ['dc:title', properties.title],
    ['dc:creator', properties.creator],
    ['cp:lastModifiedBy', properties.lastModifiedBy],
  ];
  for (const [name, value] of elements) {
    const element = `<${name}>${escapeXml(value)}</${name}>`;
    const existing = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`);
    xml = existing.test(xml)
      ? xml.replace(existing, () => element)
      : appendToRoot(xml, 'cp:coreProperties', element);
  }
  pkg.write(path ?? CORE, xml);
  if (!path) {
    pkg.relate('', CORE_TYPE, CORE);
    pkg.declareType({ part: CORE }, CORE_CONTENT);
  }
}
