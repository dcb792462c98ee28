// The Content Security Policy on every response the Electron session loads in production. Kept
// apart from security.ts (which needs Electron's runtime) so it is tested under plain Node.
import { CONTENT_SECURITY_POLICY } from '../host/staticFiles';
import { isAppUrl } from './appOrigin';

/** Keeps the policy app:// set (it names the page's nonce); puts ours on everything else. */
export function withPolicy(
  url: string,
  responseHeaders: Record<string, string[] | string>,
): Record<string, string[] | string> {
  const headers = { ...responseHeaders };
  const policyKeys = Object.keys(headers).filter((k) => k.toLowerCase() === 'content-security-policy');
  if (isAppUrl(url, null) && policyKeys.length > 0) return headers;
  for (const key of policyKeys) delete headers[key];
  headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return headers;
}
