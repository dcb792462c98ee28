// app://redress/… serves the built renderer (out/renderer) and nothing else: the same resolver as
// the local host, so path traversal, symlinks out of the folder and headers are handled once.
import { protocol } from 'electron';
import { readStaticFile, resolveStaticFile } from '../host/staticFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** After 'ready': answer app:// requests from `rendererDir`. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const { headers, body } = await readStaticFile(file);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  });
}
