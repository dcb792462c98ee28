// Retention and subject access, as a manager meets them: seven years after a resident's only case
// closed, Settings → Retention lists them by initials; Erase… (by keyboard) asks for a reason
// before erasing, and the list empties. On another resident's page, "Export everything we hold
// (subject access)" downloads a zip with a README. Every state is checked by axe at 1366×768.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { AppPage } from './pages/AppPage';
import { RetentionSection, retentionShot } from './pages/RetentionPages';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const YEAR = 365 * 24 * 3600_000;

describe.skipIf(!chromiumPath)('retention review, erasure and subject access', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let offset = 0;

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-retention-'));
    host = new TestHost(dataDir, () => new Date(Date.now() + offset));
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    app = new AppPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists a resident kept past the period by initials, and erases them after asking why', async () => {
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');
    // Priya is a manager: her record says so, and so does who is using this computer (which the
    // store reads at start-up; signing in will read it afresh).
    await call('people.update', { id: local.app.context.me!.id, role: 'manager' });
    Object.assign(local.app.context.me!, { role: 'manager' });

    const old = await call<{ id: string }>('residents.create', {
      name: 'Quentin Marchbanks',
      phone: '07700 900432',
    });
    const kase = await call<{ id: string; reference: string }>('cases.open', {
      type: 'enquiry',
      summary: 'Parking permit',
      residentId: old.id,
    });
    const today = local.app.context.now().toISOString().slice(0, 10);
    await call('cases.command', { id: kase.id, command: { kind: 'close', on: today } });
    offset = 7 * YEAR; // seven years on
    await page.reload();
    await app.waitForHeading('My work');

    const retention = new RetentionSection(page);
    await retention.open();
    await expect.poll(() => retention.table.textContent()).toContain('Q.M.');
    expect(await retention.table.textContent()).toContain(kase.reference);
    expect(await retention.region.textContent()).not.toContain('Marchbanks');
    await retentionShot(page, '01-review-list');

    await retention.eraseButton('Q.M.').focus();
    await page.keyboard.press('Enter');
    await retention.dialog.waitFor();
    await retentionShot(page, '02-erase-dialog');
    await retention.reason.fill('');
    await retention.confirm.click();
    await retention.dialog.getByText('Give the reason for erasing').waitFor();
    await retentionShot(page, '03-erase-reason-missing');
    await retention.reason.fill('Retention period over (policy: six years)');
    await retention.confirm.focus();
    await page.keyboard.press('Enter');
    await retention.region.getByRole('status').getByText('Personal data erased').waitFor();
    await retention.region.getByText(/No resident’s files have been kept/).waitFor();
    await retentionShot(page, '04-erased');
    expect(
      (
        local.app.context.sqlite.prepare('SELECT name FROM residents WHERE id = ?').get(old.id) as {
          name: string;
        }
      ).name,
    ).toBe('Erased resident');
  });

  it('exports everything held about a resident as a zip from their page', async () => {
    const resident = await call<{ id: string }>('residents.create', {
      name: 'Ines Ravenscroft',
      phone: '07700 900654',
    });
    await call('cases.open', { type: 'enquiry', summary: 'Bin collection missed', residentId: resident.id });
    await page.evaluate((id) => {
      location.hash = `#/residents/${id}`;
    }, resident.id);
    await app.waitForHeading('Ines Ravenscroft');
    const button = page.getByRole('button', { name: 'Export everything we hold (subject access)' });
    await button.scrollIntoViewIfNeeded();
    const downloading = page.waitForEvent('download');
    await button.focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^subject-access-.*\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files)).toContain('README.txt');
    expect(strFromU8(files['resident.txt']!)).toContain('Name: Ines Ravenscroft');
    await page
      .getByRole('status')
      .getByText(/everything held about this resident/)
      .waitFor();
    await retentionShot(page, '05-subject-access-export');
  });
});
