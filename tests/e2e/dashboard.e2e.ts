// The managers' Performance screen in the real renderer at 1366×768: a manager set up from the
// command line with demo journeys over two reporting years opens it from the navigation; the
// headline figures equal reporting.measures; the period and stage filters change them and live
// in the address; a chart's Table view lists the same months; a month's count, reached by Tab and
// opened with Enter, lists as many cases as it says, downloads them as a CSV Excel opens, and a
// case link opens the case. Every state passes the axe gate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { reportingYear, reportingYearName, reportingYearOf } from '../../src/shared/reporting/period';
import { cliIn } from '../helpers';
import { AppPage } from './pages/AppPage';
import { DashboardScreen, dashboardShot, HomesOwnedSection } from './pages/DashboardPages';
import { SettingsPage } from './pages/SettingsPage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { tabTo } from './support/keyboard';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';

async function cli(dataDir: string, ...argv: string[]): Promise<string> {
  const { code, out, err } = await cliIn(dataDir, ...argv);
  if (code !== 0) throw new Error(`cli ${argv.join(' ')} exited ${code}: ${err}`);
  return out;
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'The Performance dashboard' : `Dashboard (${SKIP_REASON})`,
  () => {
    let root: string;
    let host: TestHost;
    let local: LocalHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    let screen: DashboardScreen;
    const today = new Date().toISOString().slice(0, 10);
    const thisYear = reportingYear(reportingYearOf(today));

    async function call<T>(procedure: string, input: unknown): Promise<T> {
      const result = await local.app.dispatch(procedure, input);
      if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    }

    beforeAll(async () => {
      assertRendererBuilt();
      root = mkdtempSync(join(tmpdir(), 'redress-e2e-dashboard-'));
      const dir = join(root, 'office');
      await cli(dir, 'init', '--name', 'Mary Manager', '--initials', 'MM', '--role', 'admin');
      await cli(dir, 'seed', '--cases', '400', '--seed', '7');
      host = new TestHost(dir, undefined, { setUpByCli: true });
      local = await host.start();
      // Mary manages the team: the dashboard is hers (managers and administrators).
      await call('people.update', { id: local.app.context.me!.id, role: 'manager' });
      Object.assign(local.app.context.me!, { role: 'manager' });
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
      page.setDefaultTimeout(15_000);
      app = new AppPage(page);
      screen = new DashboardScreen(page);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it('sets the homes owned this reporting year in Settings', async () => {
      await app.open(host.url);
      await app.waitForHeading('My work');
      const settings = new SettingsPage(page);
      await settings.openByShortcut();
      const homes = new HomesOwnedSection(page);
      await homes.save('4200');
      await expect.poll(() => homes.rows()).toEqual([[reportingYearName(reportingYearOf(today)), '4,200']]);
      await homes.region.scrollIntoViewIfNeeded();
      await dashboardShot(page, 'settings-homes');
    });

    it('opens from the navigation with the headline figures reporting.measures gives', async () => {
      await page.getByRole('link', { name: 'Performance' }).click();
      await app.waitForHeading('Performance');
      const m = await call<{ stage1: { received: number }; ch02: { stage1Pct: number | null } }>(
        'reporting.measures',
        { ...thisYear, filters: {} },
      );
      expect(m.stage1.received).toBeGreaterThan(0);
      expect(await screen.figureValue('Stage 1 complaints received')).toBe(
        m.stage1.received.toLocaleString('en-GB'),
      );
      expect(await screen.figureValue('CH02 stage 1, within the timescale')).toBe(
        m.ch02.stage1Pct === null ? '–' : `${m.ch02.stage1Pct.toFixed(1)}%`,
      );
      expect(app.problems).toEqual([]);
      await dashboardShot(page, 'chart-view');
      await screen.panel('Open complaints today, by stage and urgency').scrollIntoViewIfNeeded();
      await dashboardShot(page, 'charts');
      await screen.panel('Complaints by root cause').scrollIntoViewIfNeeded();
      await dashboardShot(page, 'charts-themes');
    });

    it('changes the figures with the period and the stage, and keeps them in the address', async () => {
      const last = reportingYear(reportingYearOf(today) - 1);
      const m = await call<{ stage1: { received: number } }>('reporting.measures', { ...last, filters: {} });
      await screen.choosePeriod('Last reporting year');
      await expect
        .poll(() => screen.figureValue('Stage 1 complaints received'))
        .toBe(m.stage1.received.toLocaleString('en-GB'));
      expect(page.url()).toContain('period=last-year');

      await screen.chooseStage('Stage 2');
      await expect.poll(() => screen.figureValue('Stage 1 complaints received')).toBe('0');
      expect(page.url()).toContain('stage=2');
      await dashboardShot(page, 'filtered-stage-2');
      // Back to this year, both stages, by the address alone (a bookmark).
      await page.evaluate(() => {
        location.hash = '#/performance?period=this-year';
      });
      await expect.poll(() => screen.period.inputValue()).toBe('This reporting year');
    });

    it('shows a chart’s figures as a table, and downloads them as a CSV', async () => {
      const title = 'Received and responded to, by month';
      const table = await screen.showTable(title);
      // A reporting year: twelve months, each a row.
      await expect.poll(() => table.locator('tbody tr').count()).toBe(12);
      await screen.panel(title).scrollIntoViewIfNeeded();
      await dashboardShot(page, 'table-view');
      const csv = await screen.download(
        screen.panel(title).getByRole('button', { name: `Download CSV: ${title}` }),
      );
      expect(csv.name).toBe(`received-and-responded-by-month-${thisYear.from}-to-${thisYear.to}.csv`);
      expect(csv.text.startsWith('\uFEFFMonth,Stage 1 received,')).toBe(true);
      expect(csv.text.split('\r\n')).toHaveLength(12 + 2); // header, 12 months, the last line's end
    });

    it('lists the cases behind a month’s count (by keyboard), as many as it says, as a CSV too', async () => {
      const title = 'Received and responded to, by month';
      const cells = screen
        .panel(title)
        .getByRole('button', { name: /Stage 1 complaints received in .*Show the cases$/ });
      // The first month with complaints.
      let target = cells.first();
      for (let i = 0; i < (await cells.count()); i++)
        if ((await cells.nth(i).textContent())?.trim() !== '0') {
          target = cells.nth(i);
          break;
        }
      const figure = Number((await target.textContent())!.replace(/,/g, ''));
      expect(figure).toBeGreaterThan(0);
      await target.focus();
      await page.keyboard.press('Shift+Tab');
      await tabTo(page, target, { max: 3 });
      await page.keyboard.press('Enter');
      expect(await screen.drawerCount()).toBe(figure);
      const rows = screen.drawer.getByRole('table').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(figure);
      await dashboardShot(page, 'drill-down');

      const csv = await screen.download(
        screen.drawer.getByRole('button', { name: 'Download these cases (CSV)' }),
      );
      expect(csv.name).toMatch(/^stage1-received-\d{4}-\d{2}-01-to-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = csv.text.split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(
        '\uFEFFReference,Stage,Received,Responded,Due,Working days,Officer,Service area,Note',
      );
      expect(lines).toHaveLength(figure + 1);

      const link = screen.drawer.getByRole('link').first();
      const reference = (await link.textContent())!;
      await link.click();
      await app.waitForHeading(new RegExp(reference));
    });

    it('opens a headline figure’s cases with Enter after reaching it by Tab', async () => {
      await page.evaluate(() => {
        location.hash = '#/performance?period=this-year';
      });
      await app.waitForHeading('Performance');
      const figure = screen.figure('Stage 1 responses sent');
      const value = Number((await figure.textContent())!.replace(/,/g, ''));
      await tabTo(page, figure, { max: 40 });
      await page.keyboard.press('Enter');
      expect(await screen.drawerCount()).toBe(value);
      await checkDrawerClosesWithEscape(page);
    });

    it('tells an officer who reaches the address who may see it', async () => {
      const me = local.app.context.me!;
      Object.assign(me, { role: 'officer' });
      await page.reload();
      await app.waitForHeading('Performance');
      await expect
        .poll(() => page.getByRole('note').first().textContent())
        .toMatch(/^Only managers and administrators can see the performance dashboard/);
      expect(await page.getByRole('link', { name: 'Performance' }).count()).toBe(0);
      Object.assign(me, { role: 'manager' });
    });
  },
);

async function checkDrawerClosesWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
