// Text placeholders filled straight into the run's text, XML-escaped, a line break between lines,
// so the template's own font, bold and alignment carry on. A name Redress has no text for (a
// block, filled after, or one it does not know) is left for the block filler or removed.
import { PLACEHOLDER_IN_TEXT } from './prepared';

const TEXT = /(<w:t)(\b[^>]*>)([^<]*)(<\/w:t>)/g;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text part with each `{{name}}` that has lines replaced; blocks' names stay as they are. */
export function fillText(xml: string, lines: (name: string) => string[] | 'block'): string {
  return xml.replace(TEXT, (all, tag: string, rest: string, text: string, close: string) => {
    if (!text.includes('{{')) return all;
    const filled = text.replace(PLACEHOLDER_IN_TEXT, (placeholder: string, name: string) => {
      const value = lines(name);
      if (value === 'block') return placeholder;
      return value.map(escapeXml).join(`</w:t><w:br/><w:t xml:space="preserve">`);
    });
    const open = rest.includes('xml:space') ? `${tag}${rest}` : `${tag} xml:space="preserve"${rest}`;
    return `${open}${filled}${close}`;
  });
}
