// The accessibility gate itself: it must fail on a page with a known violation (a button with no
// name), naming the rule, its impact, the element and the state, so it can never pass silently.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';

const PAGE = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Gate</title></head><body><main><h1>Gate</h1>${body}</main></body></html>`;

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'The accessibility gate' : `Accessibility gate (${SKIP_REASON})`,
  () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('passes a page with no violations', async () => {
      await page.setContent(PAGE('<button type="button">Save</button>'));
      await expect(checkAccessibility(page, 'clean page')).resolves.toBeUndefined();
    });

    it('fails on a button with no name, saying which rule, how bad, where and on what screen', async () => {
      await page.setContent(PAGE('<button type="button" id="nameless"></button>'));
      const failure = await checkAccessibility(page, 'deliberate violation').then(
        () => null,
        (error: Error) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      expect(failure!.message).toContain('"deliberate violation"');
      expect(failure!.message).toMatch(/button-name \(critical\)/);
      expect(failure!.message).toContain('#nameless');
    });
  },
);
