// Serving the built renderer (out/renderer) safely. Shared by the local host (node:http) and the
// Electron shell's app:// protocol, so both front doors resolve paths and headers the same way.
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Same policy as the renderer's <meta http-equiv="Content-Security-Policy">. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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
export function staticHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  headers['Cache-Control'] = extname(file).toLowerCase() === '.html' ? 'no-store' : 'no-cache';
  return headers;
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
