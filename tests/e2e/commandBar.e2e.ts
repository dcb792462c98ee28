// The command bar and the one demo path, in the real renderer served by the local host at
// 1366×768. The host starts as `--demo` does: the officer sets up, the demo data is added for her
// straight away, and her My work holds every urgency. Then Ctrl+K goes to a case by reference,
// a resident by name and by phone, and a screen; Escape closes it and gives focus back. Every
// state is checked by the accessibility gate; pictures go to /tmp/shots12/cmdbar/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { DEMO_CASES } from '../../src/shared/contract/inputs';
import { AppPage } from './pages/AppPage';
import { CommandBarPage } from './pages/CommandBar';
import { WelcomePage } from './pages/WelcomePage';
import { MyWorkScreen } from './pages/WorkPages';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const SHOTS = '/tmp/shots12/cmdbar';

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'The command bar and the demo path' : `Command bar (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let local: LocalHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    let bar: CommandBarPage;

    const one = <T>(sql: string) => local.app.store.sqlite.prepare(sql).get() as T;
    async function picture(name: string): Promise<void> {
      await checkAccessibility(page, `screenshot: ${name}`);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    }

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-cmdbar-'));
      host = new TestHost(dataDir, undefined, { demo: true });
      local = await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      app = new AppPage(page);
      bar = new CommandBarPage(page);
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('--demo: the demo data is added for the officer who sets up, and her My work holds every urgency', async () => {
      await app.open(host.url);
      await new WelcomePage(page).setUpOfficer('Priya Shah');
      // No question asked: the app was started with --demo.
      const added = page.getByRole('status').filter({ hasText: 'Demo data added' });
      await added.waitFor({ timeout: 30_000 });
      await checkAccessibility(page, 'Welcome: demo data added');
      await page.getByRole('button', { name: 'Start using Redress' }).click();
      await app.waitForHeading('My work');
      expect(one<{ n: number }>('SELECT count(*) AS n FROM cases').n).toBe(DEMO_CASES);

      const rows = await new MyWorkScreen(page).readRows();
      const rags = new Set(rows.map((r) => r.rag));
      for (const rag of ['overdue', 'due_today', 'due_soon', 'on_track']) expect(rags, rag).toContain(rag);
      expect(rows.some((r) => r.hsRisk)).toBe(true);
      expect(rows.some((r) => r.overdueWork)).toBe(true);
      expect(rows.some((r) => /stage 2/i.test(r.status))).toBe(true);
      expect(rows.some((r) => /stage 1|acknowledg/i.test(r.status))).toBe(true);
      expect(app.problems).toEqual([]);
    });

    it('shows its shortcut on the header button, opens with Ctrl+K and goes to a case by its reference', async () => {
      await expect(bar.button.textContent()).resolves.toMatch(/Search\s*Ctrl K/);
      await picture('00-header-search-button');
      const mine = one<{ id: string; reference: string }>(
        `SELECT c.id, c.reference FROM cases c JOIN people p ON p.id = c.owner_id
         WHERE c.is_open = 1 ORDER BY c.n DESC LIMIT 1`,
      );
      await bar.openByShortcut();
      await picture('01-open-screens');
      const said = await bar.search(mine.reference.toLowerCase());
      expect(said).toMatch(/Found 1 case/);
      await expect(bar.group('Cases').getByRole('option').count()).resolves.toBe(1);
      expect(await bar.highlighted()).toContain(mine.reference);
      await picture('02-case-by-reference');
      await page.keyboard.press('Enter');
      await bar.dialog.waitFor({ state: 'detached' });
      await page.waitForURL(`**#/cases/${mine.id}`);
      await app.heading(new RegExp(mine.reference)).waitFor({ timeout: 15_000 });
      await checkAccessibility(page, 'case page from the command bar');

      // The start of a year's references lists several, newest first.
      await bar.openByShortcut();
      const many = await bar.search(mine.reference.split('-').slice(0, 2).join(' '));
      expect(many).toMatch(/Found 8 cases/);
      await picture('03-cases-by-reference-start');
      await page.keyboard.press('Escape');
      await bar.dialog.waitFor({ state: 'detached' });
    });

    it('goes to a resident by name and by phone, with or without spaces', async () => {
      const resident = one<{ id: string; name: string; phone: string }>(
        `SELECT id, name, phone FROM residents WHERE phone LIKE '% %' ORDER BY n DESC LIMIT 1`,
      );
      await bar.openByShortcut();
      await bar.search(resident.name);
      await expect(bar.option(new RegExp(resident.name)).first().isVisible()).resolves.toBe(true);
      await picture('04-resident-by-name');
      // Down the list to this resident (others may share the name), then Enter.
      for (let i = 0; i < 20 && !(await bar.highlighted()).includes(resident.phone); i++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**#/residents/${resident.id}`);
      await app.heading(resident.name).waitFor({ timeout: 15_000 });
      await checkAccessibility(page, 'resident page from the command bar');

      for (const phone of [resident.phone, resident.phone.replace(/\s/g, '')]) {
        await bar.openByShortcut();
        await bar.search(phone);
        await expect(bar.group('Residents').getByText(resident.name).first().isVisible()).resolves.toBe(true);
        await page.keyboard.press('Escape');
        await bar.dialog.waitFor({ state: 'detached' });
      }
    });

    it('goes to a screen, says when nothing is found, and Escape gives focus back', async () => {
      await page.getByRole('link', { name: /^Cases/ }).focus();
      await bar.openByShortcut();
      await bar.search('settings');
      expect(await bar.highlighted()).toContain('Settings');
      await page.keyboard.press('Enter');
      await app.waitForHeading('Settings');

      await bar.openByShortcut();
      expect(await bar.search('Zebedee Quixotic')).toMatch(/Nothing found/);
      await expect(bar.dialog.getByText('Nothing found for “Zebedee Quixotic”.').isVisible()).resolves.toBe(
        true,
      );
      await picture('05-nothing-found');
      await page.keyboard.press('Escape');
      await bar.dialog.waitFor({ state: 'detached' });

      // From the header's button by keyboard, and back to it on Escape.
      await bar.button.focus();
      await page.keyboard.press('Enter');
      await bar.input.waitFor();
      await expect(bar.input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await bar.dialog.waitFor({ state: 'detached' });
      // Mantine hands focus back 10 ms after closing, which may be after the dialog has gone.
      await expect.poll(() => bar.button.evaluate((el) => el === document.activeElement)).toBe(true);

      // Ctrl+K works while typing in a field, and Escape returns to that field.
      await app.press('Alt+R');
      const search = page.getByRole('searchbox').first();
      await search.focus();
      await bar.openByShortcut();
      await page.keyboard.press('Escape');
      await bar.dialog.waitFor({ state: 'detached' });
      await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(app.problems).toEqual([]);
    });
  },
);
