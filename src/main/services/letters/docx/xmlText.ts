// docx's classes describe their XML as plain objects ({ "w:p": [{ _attr }, child, …] }); this
// writes that object out as XML text, as docx itself does when it packs a document, so blocks built
// with docx's Paragraph and Table can be put straight into a template's XML.

type Xmlable = { [name: string]: unknown };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// Characters XML 1.0 does not allow are dropped, as docx drops them.
const escapeWith = (pattern: RegExp) => (value: unknown) =>
  typeof value === 'string' ? value.replace(pattern, (c) => ESCAPES[c] ?? '') : String(value);
// eslint-disable-next-line no-control-regex
const escapeAttribute = escapeWith(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g);
// eslint-disable-next-line no-control-regex
const escapeText = escapeWith(/[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g);

const attributes = (attr: Record<string, unknown>) =>
  Object.entries(attr)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');

/** The XML of one of docx's prepared objects. */
export function xmlText(element: Xmlable): string {
  const name = Object.keys(element)[0]!;
  const values = element[name];
  if (values === null || values === undefined) return `<${name}/>`;
  if (typeof values !== 'object') return `<${name}>${escapeText(values)}</${name}>`;
  let attrs = '';
  let content = '';
  const { _attr } = values as { _attr?: Record<string, unknown> };
  if (_attr) attrs += attributes(_attr);
  if (Array.isArray(values))
    for (const value of values as unknown[]) {
      if (typeof value !== 'object' || value === null) content += escapeText(value);
      else if (Object.keys(value)[0] === '_attr')
        attrs += attributes((value as { _attr: Record<string, unknown> })._attr);
      else content += xmlText(value as Xmlable);
    }
  return content === '' && !(Array.isArray(values) && values.some((v) => typeof v !== 'object'))
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${content}</${name}>`;
}
