// Serving the built renderer (out/renderer) safely. Shared by the local host (node:http) and the
// Electron shell's app:// protocol, so both front doors resolve paths and headers the same way.
import { randomBytes } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The one Content Security Policy, for every front door: the local host's responses, the
 * Electron shell's app:// responses and its header on anything else the session loads.
 *
 * No inline styles: Mantine writes a few <style> elements of its own (its CSS variables, the
 * responsive classes, AppShell's and Grid's media queries), and those carry a nonce instead,
 * fresh for each page (see readStaticFile), which the renderer hands to Mantine (getStyleNonce).
 * A <style> or style="" smuggled into the page carries no nonce and is refused. Styles React sets
 * on elements go through the CSSOM, which the policy does not govern.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy for responses that are not a page (scripts, stylesheets, fonts) and as a fallback. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Where index.html (src/renderer/index.html, `<meta name="redress-style-nonce">`) takes the
 * page's nonce; replaced on every response, so no two page loads share one.
 */
export const STYLE_NONCE_PLACEHOLDER = '__REDRESS_STYLE_NONCE__';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every static response carries; index.html is never cached (it names hashed assets). */
export function staticHeaders(file: string, styleNonce?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': contentSecurityPolicy(styleNonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  headers['Cache-Control'] = extname(file).toLowerCase() === '.html' ? 'no-store' : 'no-cache';
  return headers;
}

/**
 * A resolved file's bytes and headers. A page (.html) gets a fresh style nonce, written into both
 * its policy header and its placeholder; other files are sent as they are.
 */
export async function readStaticFile(
  file: string,
): Promise<{ headers: Record<string, string>; body: Buffer<ArrayBuffer> }> {
  const bytes = await readFile(file);
  if (extname(file).toLowerCase() !== '.html') return { headers: staticHeaders(file), body: bytes };
  const nonce = randomBytes(18).toString('base64');
  const body = Buffer.from(bytes.toString('utf8').replaceAll(STYLE_NONCE_PLACEHOLDER, nonce), 'utf8');
  return { headers: staticHeaders(file, nonce), body };
}

/**
 * Maps a URL path (`/assets/x.js`, `/`) to a regular file under `rootDir`, or null. Rejects
 * anything that decodes or resolves outside the root (`..`, encoded `%2e%2e%2f`, backslashes, NUL,
 * symlinks pointing out). Paths without an extension that match no file fall back to index.html
 * so client-side routes reload; paths with an extension that match nothing are a 404.
 */
export async function resolveStaticFile(rootDir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;

  const root = resolve(rootDir);
  const wanted = segments.length === 0 ? join(root, 'index.html') : join(root, ...segments);
  if (!isInside(root, wanted)) return null;

  const found = await regularFileInside(root, wanted);
  if (found) return found;
  if (segments.length > 0 && extname(segments[segments.length - 1]!) === '') {
    return regularFileInside(root, join(root, 'index.html'));
  }
  return null;
}

async function regularFileInside(root: string, file: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
    const info = await stat(realFile);
    return info.isFile() ? realFile : null;
  } catch {
    return null;
  }
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}
