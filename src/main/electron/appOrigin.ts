// Where the window's pages come from, and the test for "is this URL ours?". Production pages are
// served from app://redress/ (a privileged custom scheme, never file://); in `electron-vite dev`
// they come from the Vite dev server named by ELECTRON_RENDERER_URL.
export const APP_SCHEME = 'app';
export const APP_HOST = 'redress';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** The dev server's URL when running under `electron-vite dev`, else null. */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | null {
  return !isPackaged && env.ELECTRON_RENDERER_URL ? env.ELECTRON_RENDERER_URL : null;
}

/**
 * True when `url` is one of our pages. Parsed with WHATWG URL, never compared as a string prefix
 * (`app://redress.evil` or `http://localhost:5173@evil` must not pass). Node reports the origin of
 * non-special schemes as "null", so app:// is compared by protocol and host.
 */
export function isAppUrl(url: string, devUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    !parsed.username &&
    !parsed.password
  )
    return true;
  if (devUrl) {
    const dev = new URL(devUrl);
    return parsed.origin === dev.origin && !parsed.username && !parsed.password;
  }
  return false;
}
