// The letter's real DOCX drawn as pages with docx-preview, under the page's strict Content
// Security Policy: docx-preview writes its page and list styles as <style> elements, which the
// policy refuses unless they carry the page's nonce. Its element factory (`h`) is wrapped so each
// <style> it makes carries the nonce, and a style given as a string goes through the CSSOM rather
// than a style="" attribute (which the policy refuses). Embedded fonts are left out: they would be
// blob: fonts, which the policy does not allow; the page falls back to the installed fonts.
import { defaultOptions, renderAsync, type HElement } from 'docx-preview';
import { getStyleNonce } from '../../styleNonce';

function nonced(elem: HElement | Node | string): Node {
  if (typeof elem === 'string' || elem instanceof Node) return defaultOptions.h(elem);
  const { style, ...rest } = elem;
  const node = defaultOptions.h(typeof style === 'string' ? rest : elem);
  if (node instanceof HTMLElement && typeof style === 'string') node.style.cssText = style;
  if (node instanceof HTMLStyleElement) node.setAttribute('nonce', getStyleNonce());
  return node;
}

/** Draws the DOCX (base64) into `body`, its styles into `styles`. */
export async function renderDocx(base64: string, body: HTMLElement, styles: HTMLElement): Promise<void> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  await renderAsync(bytes, body, styles, {
    h: nonced,
    className: 'docx',
    inWrapper: true,
    ignoreFonts: true,
    breakPages: true,
    renderHeaders: true,
    renderFooters: true,
    useBase64URL: false,
    renderComments: false,
    renderChanges: false,
  });
}
