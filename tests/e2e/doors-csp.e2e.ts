// The app under its real Content Security Policy, in Chromium: the policy the local host sends
// (the same definition the Electron shell uses) allows no inline style except Mantine's own
// <style> elements, which carry the page's nonce. Every screen visited must raise no policy
// violation, and Mantine's styling (its theme's CSS variables, written in those elements) must
// still reach the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { WelcomePage } from './pages/WelcomePage';
import { shot } from './pages/WorkPages';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** Mantine's indigo 8, the theme's primary shade: set only by the nonce'd <style> of CSS variables. */
const PRIMARY_FILLED = 'rgb(59, 91, 219)';

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'The Content Security Policy' : `Content Security Policy (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let local: LocalHost;
    let browser: Browser;
    let page: Page;
    const consoleErrors: string[] = [];

    const violations = (): Promise<Violation[]> =>
      page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-csp-'));
      host = new TestHost(dataDir);
      local = await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // Before any of the page's own code runs: every violation, as the browser reports it.
      await page.addInitScript(() => {
        const seen: Violation[] = [];
        (window as unknown as { __violations: Violation[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push({
            directive: e.violatedDirective,
            blocked: e.blockedURI,
            sample: e.sample,
            source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
          }),
        );
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
      });
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('serves each page load the one policy, with no unsafe-inline and a fresh style nonce', async () => {
      const policies: string[] = [];
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${local.origin}/`);
        policies.push(res.headers.get('content-security-policy') ?? '');
        const html = await res.text();
        const nonce = /'nonce-([^']+)'/.exec(policies[i]!)?.[1];
        expect(nonce).toBeTruthy();
        expect(html).toContain(`<meta name="redress-style-nonce" content="${nonce}"`);
        expect(html).not.toContain('__REDRESS_STYLE_NONCE__');
      }
      expect(policies[0]).not.toEqual(policies[1]);
      for (const policy of policies) {
        expect(policy).not.toContain('unsafe-inline');
        expect(policy).not.toContain('unsafe-eval');
        expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
        expect(policy).toContain("script-src 'self'");
      }
    });

    it('renders first run, demo data, the lists, a case and settings with no violation', async () => {
      await page.goto(host.url);
      const welcome = new WelcomePage(page);
      await welcome.setUpOfficer('Priya Shah');
      // The window's own way to demo data: only into this empty store.
      const add = page.getByRole('button', { name: 'Add demo data' });
      await add.waitFor({ timeout: 15_000 });
      await add.click();
      await page.getByText('Demo data added').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Start using Redress' }).click();
      await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor({ timeout: 15_000 });

      // Mantine's <style> elements are present, carry the nonce, and were applied.
      const styles = await page.evaluate(() =>
        Array.from(document.querySelectorAll('style')).map((s) => ({
          mantine: s.hasAttribute('data-mantine-styles'),
          nonce: s.nonce,
        })),
      );
      expect(styles.filter((s) => s.mantine).length).toBeGreaterThan(0);
      expect(styles.every((s) => s.nonce.length > 0)).toBe(true);
      const primary = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--mantine-primary-color-filled').trim(),
      );
      expect(primary).not.toBe('');

      await page
        .getByRole('link', { name: /Open cases/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Open cases/ }).waitFor({ timeout: 15_000 });
      await page.getByRole('table').first().waitFor({ timeout: 15_000 });
      await shot(page, 'csp-01-open-cases', { viewport: true });

      await page.getByRole('row').nth(1).getByRole('link').first().click();
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
      await shot(page, 'csp-02-case', { viewport: true });
      // A dialog: Mantine's Modal locks the page's scroll with a <style> of its own.
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor({ timeout: 15_000 });
      await shot(page, 'csp-02b-dialog', { viewport: true });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });

      await page
        .getByRole('link', { name: /Settings/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Settings/ }).waitFor({ timeout: 15_000 });
      const button = page.getByRole('button').filter({ hasText: /\w/ }).first();
      await button.waitFor();
      await shot(page, 'csp-03-settings', { viewport: true });

      // A filled Mantine button has the theme's colour (from the nonce'd variables), not none.
      const filled = await page.evaluate(() => {
        const b = Array.from(document.querySelectorAll<HTMLElement>('.mantine-Button-root')).find(
          (el) => el.getAttribute('data-variant') === 'filled' || !el.hasAttribute('data-variant'),
        );
        return b ? getComputedStyle(b).backgroundColor : null;
      });
      expect(filled).not.toBeNull();
      expect(filled).not.toBe('rgba(0, 0, 0, 0)');
      expect(filled).toBe(PRIMARY_FILLED);

      expect(await violations()).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    it('would notice a violation: a <style> without the nonce is refused and reported', async () => {
      const applied = await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 7px solid rgb(255, 0, 0); }';
        document.head.append(style);
        return getComputedStyle(document.body).outlineWidth;
      });
      expect(applied).not.toBe('7px');
      await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
      expect((await violations())[0]!.directive).toMatch(/^style-src/);
    });
  },
);
