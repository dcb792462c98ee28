// Nothing stored can make a screen fail: a case whose stored dates break the value rules (year
// 10000 from an older version's Ombudsman request, 30 February edited outside Redress) still
// opens in the real renderer, says which values are invalid, and My work still lists it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('a case with invalid stored values', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-bad-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the case page showing the invalid values, and My work still lists the case', async () => {
    const app = new AppPage(page);
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    const opened = await call<{ id: string; reference: string }>('cases.open', {
      type: 'complaint',
      summary: 'Damp in the kitchen',
    });
    await call('cases.command', {
      id: opened.id,
      command: { kind: 'acknowledge', on: new Date().toISOString().slice(0, 10), how: 'phone' },
    });
    const today = new Date().toISOString().slice(0, 10);
    await call('ombudsman.addRequest', {
      caseId: opened.id,
      kind: 'evidence',
      detail: 'Repair records',
      requestedOn: today,
    });
    const db = local.app.context.sqlite;
    db.prepare(`UPDATE ombudsman_requests SET due_on = '+010000-01'`).run();
    db.prepare(`UPDATE cases SET stage1_extended_to = '2026-02-30' WHERE id = ?`).run(opened.id);

    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    const casePage = new CasePage(page);
    await casePage.waitFor(opened.reference);
    const alert = page.getByRole('alert').filter({ hasText: 'Some recorded values are not valid' });
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toMatch(/Stage 1 extended to: “2026-02-30”/);
    await expect(alert.textContent()).resolves.toMatch(/Ombudsman request due: “\+010000-01”/);
    await checkAccessibility(page, 'case page with invalid stored values');
    await page.screenshot({ path: join('test-results', 'e2e-invalid-values.png') });

    await page.goto(`${host.url.split('#')[0]}#/my-work`);
    await app.waitForHeading('My work');
    await page.getByText(opened.reference).first().waitFor({ timeout: 15_000 });
    await checkAccessibility(page, 'My work with an invalid stored value');
  });
});
