// One Content Security Policy for every front door, with no inline styles but Mantine's own
// (which carry a per-page nonce): the local host and Electron's app:// both serve pages through
// readStaticFile, and Electron's session header keeps that policy rather than replacing it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withPolicy } from '../../src/main/electron/pagePolicy';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  readStaticFile,
  STYLE_NONCE_PLACEHOLDER,
} from '../../src/main/host/staticFiles';
import { tempDir } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('the Content Security Policy', () => {
  it('allows no inline style or script, eval or other origins', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, contentSecurityPolicy('abc')]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(contentSecurityPolicy('abc')).toContain("style-src 'self' 'nonce-abc'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
  });

  it('is defined once: the renderer page carries no policy of its own, only the nonce placeholder', () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
    expect(html).toContain(`<meta name="redress-style-nonce" content="${STYLE_NONCE_PLACEHOLDER}" />`);
  });

  it('gives every page load a fresh nonce, in its header and its page; other files as they are', async () => {
    const root = tempDir('redress-csp-');
    cleanups.push(root.remove);
    mkdirSync(join(root.dir, 'assets'));
    const page = join(root.dir, 'index.html');
    writeFileSync(page, `<meta name="redress-style-nonce" content="${STYLE_NONCE_PLACEHOLDER}" />`);
    const script = join(root.dir, 'assets', 'app.js');
    writeFileSync(script, `const s = "${STYLE_NONCE_PLACEHOLDER}";`);

    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { headers, body } = await readStaticFile(page);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(headers['Content-Security-Policy']!)![1]!;
      expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(nonce));
      expect(body.toString('utf8')).toBe(`<meta name="redress-style-nonce" content="${nonce}" />`);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(20);
    const js = await readStaticFile(script);
    expect(js.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(js.body.toString('utf8')).toContain(STYLE_NONCE_PLACEHOLDER);
  });

  it("Electron's session keeps the policy app:// pages carry and puts the strict one on anything else", () => {
    const pagePolicy = contentSecurityPolicy('n0nce');
    expect(withPolicy('app://redress/', { 'Content-Security-Policy': [pagePolicy] })).toEqual({
      'Content-Security-Policy': [pagePolicy],
    });
    // A response from elsewhere cannot bring its own, looser policy.
    expect(
      withPolicy('https://example.org/', {
        'content-security-policy': ["style-src 'unsafe-inline'"],
        a: ['b'],
      }),
    ).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], a: ['b'] });
    expect(withPolicy('app://redress.evil/', { 'Content-Security-Policy': ['default-src *'] })).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    // An app:// response without one gets the strict one.
    expect(withPolicy('app://redress/assets/x.js', {})).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});
