// The lists a letter's blocks use, added to the template's numbering part (made when it has none)
// under ids the template does not use, and the blocks' paragraphs pointed at them. Only the lists
// the letter uses are added.
import type { Numbering } from 'docx';
import { xmlText } from './xmlText';
import { appendToRoot, newPart, type DocxPackage } from './docxPackage';

const DOCUMENT = 'word/document.xml';
const NUMBERING_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';
const NUMBERING_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
/** docx writes a bulleted paragraph with its bullet list's id, 1, and other lists' ids as {reference-instance}. */
const BULLETS = { id: '1', reference: 'default-bullet-numbering' };
const NUM_ID = /<w:numId w:val="([^"]+)"\/>/g;

const highest = (xml: string, pattern: RegExp) =>
  Math.max(0, ...[...xml.matchAll(pattern)].map((m) => Number(m[1])));

function numberingPath(pkg: DocxPackage): string | null {
  const rels = pkg.read('word/_rels/document.xml.rels') ?? '';
  const target = new RegExp(`<Relationship\\b[^>]*Type="${NUMBERING_TYPE}"[^>]*>`).exec(rels)?.[0];
  const path = target && /Target="([^"]+)"/.exec(target)?.[1];
  if (!path) return null;
  return path.startsWith('/') ? path.slice(1) : `word/${path}`;
}

/** Each part's XML with its lists' ids made the template's new ones; the lists added to its numbering. */
export function addLists(pkg: DocxPackage, numbering: Numbering, parts: Map<string, string>): void {
  const used = new Set<string>();
  for (const xml of parts.values()) for (const m of xml.matchAll(NUM_ID)) used.add(m[1]!);
  const lists = numbering.ConcreteNumbering.filter((list) =>
    used.has(list.reference === BULLETS.reference ? BULLETS.id : `{${list.reference}-${list.instance}}`),
  );
  if (lists.length === 0) return;
  const written = xmlText(numbering.prepForXml({ stack: [] } as never) as Record<string, unknown>);
  const path = numberingPath(pkg) ?? 'word/numbering.xml';
  const existing = pkg.read(path);
  const template = existing
    ? appendToRoot(existing, 'w:numbering', '')
    : newPart(written.replace(/<w:abstractNum\b[\s\S]*$/, '</w:numbering>'));
  let nextNum = highest(template, /<w:num w:numId="(\d+)"/g);
  let nextAbstract = highest(template, /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"/g);
  const newNumIds = new Map<string, number>();
  const newAbstractIds = new Map<string, number>();
  let abstracts = '';
  let nums = '';
  for (const list of lists) {
    const num = new RegExp(`<w:num w:numId="${list.numId}">([\\s\\S]*?)</w:num>`).exec(written)![1]!;
    const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num)![1]!;
    if (!newAbstractIds.has(abstractId)) {
      newAbstractIds.set(abstractId, ++nextAbstract);
      abstracts += new RegExp(
        `<w:abstractNum\\b[^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`,
      )
        .exec(written)![0]
        .replace(/w:abstractNumId="\d+"/, `w:abstractNumId="${nextAbstract}"`);
    }
    newNumIds.set(
      list.reference === BULLETS.reference ? BULLETS.id : `{${list.reference}-${list.instance}}`,
      ++nextNum,
    );
    nums +=
      `<w:num w:numId="${nextNum}">` +
      num.replace(
        /<w:abstractNumId w:val="\d+"\/>/,
        `<w:abstractNumId w:val="${newAbstractIds.get(abstractId)}"/>`,
      ) +
      '</w:num>';
  }
  for (const [part, xml] of parts)
    parts.set(
      part,
      xml.replace(NUM_ID, (all, id: string) =>
        newNumIds.has(id) ? `<w:numId w:val="${newNumIds.get(id)}"/>` : all,
      ),
    );
  pkg.write(path, withLists(withNamespaces(template, written), abstracts, nums));
  if (!existing) {
    pkg.relate(DOCUMENT, NUMBERING_TYPE, path.slice('word/'.length));
    pkg.declareType({ part: path }, NUMBERING_CONTENT);
  }
}

/** Abstract lists go before the first list; lists before Word's clean-up marker, else at the end. */
function withLists(xml: string, abstracts: string, nums: string): string {
  const firstNum = xml.search(/<w:num\b|<w:numIdMacAtCleanup\b|<\/w:numbering>/);
  const withAbstracts = xml.slice(0, firstNum) + abstracts + xml.slice(firstNum);
  const end = withAbstracts.search(/<w:numIdMacAtCleanup\b|<\/w:numbering>/);
  return withAbstracts.slice(0, end) + nums + withAbstracts.slice(end);
}

/** The template's numbering root given the namespaces docx's lists are written with (w15, for one). */
function withNamespaces(xml: string, written: string): string {
  const root = /<w:numbering\b[^>]*>/.exec(xml)![0];
  const theirs = /<w:numbering\b[^>]*>/.exec(written)![0];
  const missing = [...theirs.matchAll(/\s(xmlns:[\w]+)="[^"]*"/g)].filter((m) => !root.includes(` ${m[1]}=`));
  const ignorable = (tag: string) =>
    /mc:Ignorable="([^"]*)"/.exec(tag)?.[1]?.split(' ').filter(Boolean) ?? [];
  const prefixes = [...new Set([...ignorable(root), ...ignorable(theirs)])].join(' ');
  const merged =
    root.replace(/\smc:Ignorable="[^"]*"/, '').replace(/\/?>$/, '') +
    missing.map((m) => m[0]).join('') +
    ` mc:Ignorable="${prefixes}">`;
  return xml.replace(root, merged);
}
