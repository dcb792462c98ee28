// From a phone call to a complaint case, by keyboard, in the real renderer served by the local
// host: set up the officer, log a call for a new resident as a complaint (Ctrl+Enter), open the
// case, find it again in Cases, then restart the host on the same data and find it still there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, SCREENSHOTS } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { LogCallPage } from './pages/LogCallPage';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const RESIDENT = {
  name: 'Grace Okafor',
  phone: '07700 900123',
  addressLine1: '14 Mill Lane',
  town: 'Southwark',
  postcode: 'se1 7pb',
};
const SUMMARY =
  'Reported damp and mould in the bedroom for the third time; unhappy nobody has come out. Wants it fixed.';

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'Call to case in the browser' : `Call to case (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    let reference = '';

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-'));
      host = new TestHost(dataDir);
      await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
      app = new AppPage(page);
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('takes the access key out of the address and sets up the officer', async () => {
      await app.open(host.url);
      const welcome = new WelcomePage(page);
      await welcome.heading.waitFor({ timeout: 15_000 });
      expect(page.url()).not.toContain('token=');
      await app.screenshot('01-welcome');

      await welcome.setUpOfficer('Priya Shah');
      await welcome.startWithEmptyStore();
      await app.waitForHeading('My work');
      await expect(page.getByText('Priya Shah', { exact: true }).isVisible()).resolves.toBe(true);
      await app.screenshot('02-my-work-empty');
    });

    it('lists the keyboard shortcuts on "?"', async () => {
      await app.showShortcuts();
      await expect(page.getByRole('table', { name: 'Keyboard shortcuts' }).isVisible()).resolves.toBe(true);
      await app.closeDialog();
    });

    it('logs a call for a new resident as a complaint, by keyboard only', async () => {
      const call = new LogCallPage(page);
      await call.openByShortcut();
      await call.createNewResident('Grace Okafor', RESIDENT);
      await call.chooseChannel('Email');
      await call.typeSummary(SUMMARY);
      await call.classifyAs('Complaint');
      await app.screenshot('03-log-call-filled');
      await call.saveWithCtrlEnter();

      reference = await call.savedCaseReference();
      expect(reference).toMatch(/\S/);
      // Ready for the next call: the finder is back, empty, with focus.
      await expect(call.finder.inputValue()).resolves.toBe('');
      await app.screenshot('04-log-call-saved');
    });

    it('opens the new case from the confirmation', async () => {
      const call = new LogCallPage(page);
      await call.openSavedCase();
      const casePage = new CasePage(page);
      await casePage.waitFor(reference);
      const main = page.getByRole('main');
      await expect(main.getByText('Complaint', { exact: true }).first().isVisible()).resolves.toBe(true);
      await expect(main.getByRole('link', { name: RESIDENT.name }).first().isVisible()).resolves.toBe(true);
      await expect(
        page.getByRole('region', { name: 'Calls and contact' }).getByText(SUMMARY).isVisible(),
      ).resolves.toBe(true);
      await expect(
        page
          .getByRole('region', { name: 'Calls and contact' })
          .getByText('Email · From the resident')
          .isVisible(),
      ).resolves.toBe(true);
      await app.screenshot('05-case');
    });

    it('dates a complaint by letter from the day the letter arrived, not the day it was typed in', async () => {
      const call = new LogCallPage(page);
      await call.openByShortcut();
      await call.chooseChannel('Letter');
      await call.typeSummary(
        'Letter about the broken door entry system, which has not worked since October.',
      );
      await call.typeWhen('2026-11-27T10:00');
      await call.classifyAs('Complaint');
      await call.saveWithCtrlEnter();
      const letterReference = await call.savedCaseReference();
      await call.openSavedCase();
      await new CasePage(page).waitFor(letterReference);
      await app.screenshot('05b-letter-received-earlier');
      const dates = page.getByLabel('The Code’s dates');
      await expect(dates.getByText('Fri 27 Nov 2026', { exact: true }).isVisible()).resolves.toBe(true);
    });

    it('finds the case again by searching the Cases list', async () => {
      const cases = new CasesPage(page);
      await cases.openByShortcut();
      await cases.searchFor('Okafor');
      await cases.waitForCase(reference);
      await app.screenshot('06-cases-search');
    });

    it('still has the case after the host restarts on the same data', async () => {
      await host.restart();
      await page.reload();
      const cases = new CasesPage(page);
      await app.waitForHeading('Cases');
      await cases.searchFor(reference);
      await cases.waitForCase(reference);
      await cases.caseLink(reference).focus();
      await page.keyboard.press('Enter');
      await new CasePage(page).waitFor(reference);
      await app.screenshot('07-case-after-restart');
      expect(app.problems).toEqual([]);
    });

    it('explains, in plain English, a window opened without the access key', async () => {
      const stranger = await browser.newContext();
      try {
        const other = await stranger.newPage();
        await other.goto(host.origin);
        await other
          .getByRole('heading', { level: 1, name: 'This window can’t reach Redress' })
          .waitFor({ timeout: 15_000 });
        await expect(other.getByText('access key is missing or out of date').isVisible()).resolves.toBe(true);
        await checkAccessibility(other, 'no access key');
        await other.screenshot({ path: join(SCREENSHOTS, '08-no-access-key.png') });
      } finally {
        await stranger.close();
      }
    });
  },
);
