// The Reports screen as a manager or administrator meets it, by keyboard where it matters: the Code self-assessment
// answered (a data suggestion taken with "Use this", another provision answered by hand) and saved,
// read back after a reload; the narrative written and saved; the annual report downloaded and
// opened as a real Word document carrying both. Every state is checked by axe at 1366×768.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers';
import { AppPage } from './pages/AppPage';
import { ReportsScreen, reportsShot } from './pages/ReportsPages';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

async function cli(dataDir: string, ...argv: string[]): Promise<void> {
  const { code, err } = await cliIn(dataDir, ...argv);
  if (code !== 0) throw new Error(`cli ${argv.join(' ')} exited ${code}: ${err}`);
}

describe.skipIf(!chromiumPath)('the Reports screen', () => {
  let root: string;
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let reports: ReportsScreen;

  beforeAll(async () => {
    assertRendererBuilt();
    root = mkdtempSync(join(tmpdir(), 'redress-e2e-reports-'));
    await cli(root, 'init', '--name', 'Sam Lee', '--initials', 'SL', '--role', 'administrator');
    await cli(root, 'seed', '--cases', '120', '--seed', '5');
    host = new TestHost(root, undefined, { setUpByCli: true });
    await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(20_000);
    reports = new ReportsScreen(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('answers the self-assessment, taking a suggestion from the data, and saves it', async () => {
    const app = new AppPage(page);
    await app.open(host.url);
    await app.waitForHeading('My work');
    await reports.open();
    await reportsShot(page, 'e2e-01-reports');

    const ack = reports.provision('6.2');
    await ack.scrollIntoViewIfNeeded();
    const suggestion = (await ack.getByText(/^From the case data:/).textContent())!;
    await ack.getByRole('button', { name: 'Use this for 6.2' }).focus();
    await page.keyboard.press('Enter');
    const evidence = ack.getByRole('textbox', { name: 'Evidence for 6.2' });
    expect(suggestion).toContain(await evidence.inputValue());
    await reportsShot(page, 'e2e-02-suggestion-used');

    const definition = reports.provision('1.2');
    await definition.scrollIntoViewIfNeeded();
    await definition.getByText('Yes', { exact: true }).click();
    expect(await definition.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    await definition.getByRole('textbox', { name: 'Evidence for 1.2' }).fill('Complaints policy, section 2');
    await reports.assessment.getByText('2 unsaved answers').waitFor();
    await reports.assessment.getByRole('button', { name: 'Save the self-assessment' }).click();
    await reports.assessment.getByText(/^Last saved by Sam Lee/).waitFor();
    await reportsShot(page, 'e2e-03-assessment-saved');

    await page.reload();
    await reports.assessment.waitFor();
    await expect
      .poll(() => reports.provision('1.2').getByRole('textbox', { name: 'Evidence for 1.2' }).inputValue())
      .toBe('Complaints policy, section 2');
  });

  it('writes the narrative and downloads the annual report as a real Word document', async () => {
    const intro = reports.narrative.getByRole('textbox', { name: 'Introduction and summary' });
    await intro.scrollIntoViewIfNeeded();
    await intro.fill('A year in which we answered more complaints on time.');
    await reports.narrative.getByRole('button', { name: 'Save the report text' }).click();
    await reports.narrative.getByText(/^Last saved by Sam Lee/).waitFor();
    await reportsShot(page, 'e2e-04-narrative-saved');

    const button = reports.annual.getByRole('button', { name: 'Download annual report (Word)' });
    await button.scrollIntoViewIfNeeded();
    const downloading = page.waitForEvent('download');
    await button.focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Annual complaints report \d{4}-\d{2}\.docx$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('A year in which we answered more complaints on time.');
    expect(xml).toContain('Complaints policy, section 2');
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/'))).toHaveLength(4);
    await reports.annual
      .getByRole('status')
      .getByText(/^Saved Annual complaints report/)
      .waitFor();
    await reportsShot(page, 'e2e-05-annual-downloaded');
  });
});
