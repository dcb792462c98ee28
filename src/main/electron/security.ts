// Hardening that applies to every web contents and to the default session (Electron's security
// checklist items 4, 5, 7, 11–15, 17): no new windows, no navigation away from our pages, no
// <webview>, no permissions, and a CSP header on top of the renderer's own <meta> policy.
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { withPolicy } from './pagePolicy';

export function hardenSessions(devUrl: string | null): void {
  const ses = session.defaultSession;
  // The only permission the renderer may use is writing to the clipboard (copy a case reference).
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(contents.getURL(), devUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin, devUrl);
  });
  // In dev the Vite server needs inline scripts, inline styles and a websocket for HMR, so the
  // policy is only enforced on production pages. Our app:// pages carry the policy with their
  // page's style nonce (host/staticFiles.ts); anything else gets the same policy without one.
  if (!devUrl) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withPolicy(details.url, details.responseHeaders ?? {}) });
    });
  }
  ses.on('will-download', (event) => event.preventDefault());

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));
}

function hardenWebContents(contents: WebContents, devUrl: string | null): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
