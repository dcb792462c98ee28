// Lists that scale (issue 12), in the real renderer served by the local host at 1366×768: Open
// cases with over a thousand open complaints pages 50 at a time with its range and total; the
// urgency tiles filter the list (buttons, pressed by keyboard) and their counts match the rows;
// a Columns choice survives a reload; the Cases list shows type, next deadline, handler and
// "Page 1 of N · total". Every state passes the axe gate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { AppPage } from './pages/AppPage';
import { CasesPage } from './pages/CasesPage';
import { listShot, PagedListScreen } from './pages/ListPages';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { tabTo } from './support/keyboard';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const EXTRA_COMPLAINTS = 1_000;

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'Open cases and the Cases list at scale' : `Lists (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let local: LocalHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    let totalOpen = 0;

    async function call<T>(procedure: string, input: unknown): Promise<T> {
      const result = await local.app.dispatch(procedure, input);
      if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    }

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-lists-'));
      host = new TestHost(dataDir);
      local = await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      app = new AppPage(page);
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('pages Open cases 50 at a time with its range and total, over 1,000 open complaints', async () => {
      await app.open(host.url);
      const welcome = new WelcomePage(page);
      await welcome.setUpOfficer('Priya Shah');
      await welcome.startWithEmptyStore();
      await app.waitForHeading('My work');
      // Colleagues, residents and cases at every stage from the demo; then a thousand more
      // complaints, as the call-takers would open them.
      // (With the window away meanwhile: an open screen reloads after each change, which is right
      // for one officer's saves but would make these thousand take minutes instead of seconds.)
      await page.goto('about:blank');
      await call('demo.seed', { cases: 300, seed: 12 });
      for (let i = 0; i < EXTRA_COMPLAINTS; i++)
        await call('cases.open', { type: 'complaint', summary: `Repair not done at block ${i + 1}` });
      // Open compliments, which have no deadlines (the demo spreads its cases over two years, so few
      // of its own are still open).
      for (const block of ['Canal Walk', 'Mill Court'])
        await call('cases.open', { type: 'compliment', summary: `Thanks for the quick repair at ${block}` });
      await app.open(host.url);
      await app.waitForHeading('My work');
      const all = await call<{ total: number }>('work.list', { limit: 1, type: 'complaint' });
      expect(all.total).toBeGreaterThanOrEqual(1_000);

      const open = new PagedListScreen(page, 'Open cases');
      await page.keyboard.press('Alt+O');
      await app.waitForHeading('Open cases');
      await open.table.waitFor({ timeout: 15_000 });
      totalOpen = (await call<{ total: number }>('work.list', { limit: 1 })).total;
      const formatted = totalOpen.toLocaleString('en-GB');
      expect(await open.caption()).toBe(`Showing 1–50 of ${formatted} open cases`);
      expect(await open.references()).toHaveLength(50);
      expect(await open.headings()).toEqual([
        'Type',
        'Case',
        'Resident',
        'Subject',
        'Stage',
        'Next deadline',
        'Handler',
      ]);
      const pager = open.pager('Open cases pages');
      await expect(pager.getByText(/^Page 1 of \d+$/).textContent()).resolves.toBe(
        `Page 1 of ${Math.ceil(totalOpen / 50)}`,
      );
      await listShot(page, 'lists-01-open-cases-page-1');

      // The next page by keyboard: 51–100, none of page 1's cases again.
      const first = await open.references();
      const next = pager.getByRole('button', { name: 'Next page' });
      await tabTo(page, next, { max: 200 });
      await open.after(() => page.keyboard.press('Enter'));
      expect(await open.caption()).toBe(`Showing 51–100 of ${formatted} open cases`);
      const second = await open.references();
      expect(second.filter((r) => first.includes(r))).toEqual([]);
      await listShot(page, 'lists-02-open-cases-page-2');

      // The last page holds the rest, compliments and enquiries with "No deadline" among them.
      await open.after(() => pager.getByRole('button', { name: 'Last page' }).click());
      const lastFrom = Math.floor((totalOpen - 1) / 50) * 50 + 1;
      expect(await open.caption()).toBe(
        `Showing ${lastFrom.toLocaleString('en-GB')}–${formatted} of ${formatted} open cases`,
      );
      await listShot(page, 'lists-03-open-cases-last-page');
    });

    it('filters by an urgency tile, pressed by keyboard, and by type', async () => {
      const open = new PagedListScreen(page, 'Open cases');
      const overdue = await open.tileCount('count-overdue');
      expect(overdue).toBeGreaterThan(0);
      expect(await open.pressed('count-overdue')).toBe(false);
      await open.tile('count-overdue').focus();
      await open.after(() => page.keyboard.press('Enter'));
      expect(await open.pressed('count-overdue')).toBe(true);
      const caption = await open.caption();
      expect(caption).toMatch(
        new RegExp(`of ${overdue.toLocaleString('en-GB')} open cases? \\(filtered\\)$`),
      );
      const rags = await open.table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rag')));
      expect(new Set(rags)).toEqual(new Set(['overdue']));
      await listShot(page, 'lists-04-open-cases-overdue-tile');

      // Another tile replaces it; pressing it again shows everything.
      await open.after(() => open.tile('count-due-soon').click());
      expect(await open.pressed('count-overdue')).toBe(false);
      expect(await open.pressed('count-due-soon')).toBe(true);
      await open.after(() => open.tile('count-due-soon').click());
      expect(await open.caption()).toBe(`Showing 1–50 of ${totalOpen.toLocaleString('en-GB')} open cases`);

      // Compliments only: no deadlines at all.
      await open.after(async () => {
        await page.getByRole('main').getByLabel('Type', { exact: true }).click();
        await page.getByRole('option', { name: 'Compliment', exact: true }).click();
      });
      const compliments = await call<{ total: number }>('work.list', { limit: 1, type: 'compliment' });
      expect(compliments.total).toBeGreaterThan(0);
      expect(await open.caption()).toBe(
        `Showing 1–${compliments.total} of ${compliments.total} open case${compliments.total === 1 ? '' : 's'} (filtered)`,
      );
      await expect(open.table.getByText('No deadline').first().isVisible()).resolves.toBe(true);
      await listShot(page, 'lists-05-open-cases-compliments');
      await open.after(() => page.getByRole('button', { name: 'Clear filters' }).click());
    });

    it('keeps an officer’s column choice after a reload', async () => {
      const open = new PagedListScreen(page, 'Open cases');
      await open.columnsButton().click();
      await open.columnBox('Subject').waitFor();
      await listShot(page, 'lists-06-columns-menu');
      await open.columnBox('Subject').click();
      await open.columnBox('Service area').click();
      await page.keyboard.press('Escape');
      await expect(open.headings()).resolves.toEqual([
        'Type',
        'Case',
        'Resident',
        'Stage',
        'Next deadline',
        'Handler',
        'Service area',
      ]);
      // Saved on the main side before the reload.
      for (let i = 0; i < 50; i++) {
        const saved = await call<{ columns: string[] }>('lists.columns', { list: 'open_cases' });
        if (saved.columns.includes('serviceArea')) break;
        await page.waitForTimeout(100);
      }
      await page.reload();
      await app.waitForHeading('Open cases');
      await open.table.waitFor({ timeout: 15_000 });
      await expect(open.headings()).resolves.toEqual([
        'Type',
        'Case',
        'Resident',
        'Stage',
        'Next deadline',
        'Handler',
        'Service area',
      ]);
      await listShot(page, 'lists-07-open-cases-columns-after-reload');
    });

    it('shows the Cases list with type, next deadline and handler, a total, and a deadline sort', async () => {
      const cases = new CasesPage(page);
      await cases.openByShortcut();
      const table = page.getByRole('table');
      await table.waitFor({ timeout: 15_000 });
      const total = (await call<{ total: number }>('cases.list', { limit: 1 })).total;
      const nav = page.getByRole('navigation', { name: 'Case list pages' });
      await expect(nav.getByText(/^Page 1 of/).textContent()).resolves.toBe(
        `Page 1 of ${Math.ceil(total / 25).toLocaleString('en-GB')} · ${total.toLocaleString('en-GB')} cases`,
      );
      const heads = await table
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
      expect(heads).toEqual(expect.arrayContaining(['Type', 'Next deadline', 'Handler']));
      await listShot(page, 'lists-08-cases-list');

      await page.getByRole('main').getByLabel('Sort', { exact: true }).click();
      await page.getByRole('option', { name: 'Next deadline (soonest first)', exact: true }).click();
      await page.locator('th[aria-sort="ascending"]').waitFor({ timeout: 15_000 });
      const firstDue = await call<{ items: Array<{ reference: string }> }>('cases.list', {
        sort: 'deadline',
        limit: 1,
      });
      await table.getByRole('link', { name: firstDue.items[0]!.reference, exact: true }).waitFor();
      await listShot(page, 'lists-09-cases-by-deadline');
    });
  },
);
