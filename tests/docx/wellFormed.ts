// A strict check that text is well-formed XML, for the parts of generated Word documents: one
// root, every tag closed in order, attributes quoted and not repeated, entities known, no raw
// "<" or "&" in text and no characters XML forbids. Returns the first problem, or null.
// (No XML parser is installed; this is the part of one that these tests need.)

const NAME = /^[A-Za-z_][\w.\-:]*$/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
// Tab, line feed and carriage return are the only characters below space XML allows.
const forbidden = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) return true;
  }
  return false;
};

function checkText(text: string, at: number): string | null {
  if (forbidden(text)) return `a character XML forbids near ${at}`;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1))
    if (!ENTITY.test(text.slice(i))) return `an unescaped "&" near ${at + i}`;
  if (text.includes('>') && text.includes(']]>')) return `"]]>" in text near ${at}`;
  return null;
}

function checkAttributes(source: string, at: number): string | null {
  const attr = /\s+([^\s=]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
  const seen = new Set<string>();
  let i = 0;
  while (i < source.length) {
    if (/^\s*$/.test(source.slice(i))) return null;
    attr.lastIndex = i;
    const m = attr.exec(source);
    if (!m) return `a malformed attribute near ${at + i}: ${source.slice(i, i + 40)}`;
    if (!NAME.test(m[1]!)) return `a bad attribute name "${m[1]}" near ${at + i}`;
    if (seen.has(m[1]!)) return `attribute "${m[1]}" repeated near ${at + i}`;
    seen.add(m[1]!);
    const problem = checkText(m[3] ?? m[4] ?? '', at + i);
    if (problem) return problem;
    i = attr.lastIndex;
  }
  return null;
}

export function xmlProblem(xml: string): string | null {
  let i = 0;
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    if (i < 2) return 'an unclosed XML declaration';
  }
  const open: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '') return `text outside the root near ${i}`;
    const problem = checkText(text, i);
    if (problem) return problem;
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1) return 'an unclosed comment';
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) return 'an unclosed CDATA section';
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return `an unclosed tag near ${lt}`;
    const tag = xml.slice(lt + 1, gt);
    if (tag.includes('<')) return `a "<" inside a tag near ${lt}`;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (open.pop() !== name) return `</${name}> closes the wrong element near ${lt}`;
    } else if (tag.startsWith('?')) {
      if (!tag.endsWith('?')) return `a malformed processing instruction near ${lt}`;
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[^\s/]+/.exec(body)?.[0] ?? '';
      if (!NAME.test(name)) return `a bad element name "${name}" near ${lt}`;
      const problem = checkAttributes(body.slice(name.length), lt);
      if (problem) return problem;
      if (open.length === 0) roots += 1;
      if (roots > 1) return `a second root element near ${lt}`;
      if (!selfClosing) open.push(name);
    }
    i = gt + 1;
  }
  if (open.length) return `<${open[open.length - 1]}> is never closed`;
  return roots === 1 ? null : 'no root element';
}
