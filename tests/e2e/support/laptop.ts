// One laptop in a browser test: its own store, local host, browser context and page objects.
// Tests with two or more computers (a central share) make one per computer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { AppPage } from '../pages/AppPage';
import { AttentionPage } from '../pages/AttentionPage';
import { CasePage } from '../pages/CasePage';
import { CasesPage } from '../pages/CasesPage';
import { LogCallPage } from '../pages/LogCallPage';
import { SettingsPage } from '../pages/SettingsPage';
import { ShareIndicator } from '../pages/ShareIndicator';
import { WelcomePage } from '../pages/WelcomePage';
import { TestHost } from './host';

export class Laptop {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-laptop-'));
  readonly host = new TestHost(this.dataDir);
  context!: BrowserContext;
  page!: Page;
  app!: AppPage;
  indicator!: ShareIndicator;
  settings!: SettingsPage;
  attention!: AttentionPage;

  constructor(readonly name: string) {}

  async start(browser: Browser): Promise<void> {
    await this.host.start();
    this.context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    this.page = await this.context.newPage();
    this.app = new AppPage(this.page);
    this.indicator = new ShareIndicator(this.page);
    this.settings = new SettingsPage(this.page);
    this.attention = new AttentionPage(this.page);
  }

  async setUpOfficer(): Promise<void> {
    await this.app.open(this.host.url);
    const welcome = new WelcomePage(this.page);
    await welcome.setUpOfficer(this.name);
    await welcome.startWithEmptyStore();
    await this.app.waitForHeading('My work');
  }

  /** Logs a call from a new resident, Ada Mensah, that opens a complaint; returns its reference. */
  async logComplaint(summary: string): Promise<string> {
    const call = new LogCallPage(this.page);
    await call.openByShortcut();
    await call.createNewResident('Ada Mensah', {
      name: 'Ada Mensah',
      addressLine1: '3 Canal Walk',
      postcode: 'LS11 5QQ',
    });
    await call.typeSummary(summary);
    await call.classifyAs('Complaint');
    await call.saveWithCtrlEnter();
    return call.savedCaseReference();
  }

  /** "Sync now" on Settings, waiting for the notification that it finished. */
  async syncNow(): Promise<void> {
    await this.settings.openByShortcut();
    const finished = this.page.getByRole('alert').filter({ hasText: 'Sync finished' });
    // Put away the notices of earlier syncs (counting them races their closing by themselves), so
    // the one that shows is this sync's.
    for (const close of await finished.getByRole('button', { name: 'Close notification' }).all()) {
      await close.click().catch(() => undefined);
    }
    await expect.poll(() => finished.count(), { timeout: 10_000 }).toBe(0);
    await this.settings.syncNowButton.click();
    await expect.poll(() => finished.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }

  async openCase(reference: string): Promise<CasePage> {
    const cases = new CasesPage(this.page);
    await cases.openByShortcut();
    await cases.searchFor(reference);
    await cases.waitForCase(reference);
    await cases.caseLink(reference).click();
    const casePage = new CasePage(this.page);
    await casePage.waitFor(reference);
    return casePage;
  }

  async caseTypeShown(): Promise<string> {
    const triage = this.page.getByRole('region', { name: 'Triage' });
    const input = triage
      .getByRole('textbox', { name: 'Case type' })
      .or(triage.getByRole('combobox', { name: 'Case type' }));
    return input.inputValue();
  }

  async stop(): Promise<void> {
    await this.context?.close().catch(() => undefined);
    await this.host.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
