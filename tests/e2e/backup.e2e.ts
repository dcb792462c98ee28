// Settings → Backup in the real renderer: a landlord downloads a backup on one computer and
// restores it on a new one (set up, empty), which then shows the same cases; the busy computer
// refuses the same file and says why.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers';
import { AppPage } from './pages/AppPage';
import { BackupSection } from './pages/BackupSection';
import { SettingsPage } from './pages/SettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';

async function cli(dataDir: string, ...argv: string[]): Promise<void> {
  const { code, err } = await cliIn(dataDir, ...argv);
  if (code !== 0) throw new Error(`cli ${argv.join(' ')} exited ${code}: ${err}`);
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'Backup and restore in the browser' : `Backup (${SKIP_REASON})`,
  () => {
    let root: string;
    let office: TestHost;
    let replacement: TestHost;
    let fresh: TestHost;
    let browser: Browser;
    let page: Page;
    const file = () => join(root, 'backup.json');

    beforeAll(async () => {
      assertRendererBuilt();
      root = mkdtempSync(join(tmpdir(), 'redress-e2e-backup-'));
      await cli(join(root, 'office'), 'init', '--name', 'Sam Lee', '--role', 'administrator');
      await cli(join(root, 'office'), 'seed', '--cases', '30', '--seed', '3');
      office = new TestHost(join(root, 'office'), undefined, { setUpByCli: true });
      replacement = new TestHost(join(root, 'replacement'));
      fresh = new TestHost(join(root, 'fresh'));
      await office.start();
      await replacement.start();
      await fresh.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    });

    afterAll(async () => {
      await browser?.close();
      await office?.stop();
      await replacement?.stop();
      await fresh?.stop();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it('downloads a backup of every record from Settings', async () => {
      const app = new AppPage(page);
      await app.open(office.url);
      await app.waitForHeading('My work');
      await new SettingsPage(page).openByShortcut();
      const made = await new BackupSection(page).download(file());
      expect(made).toMatch(/30 cases/);
      await app.screenshot('30-settings-backup');
    });

    it('checks the case store on demand from Settings', async () => {
      expect(await new BackupSection(page).checkStore()).toMatch(/The case store is sound/);
      await new AppPage(page).screenshot('31-settings-store-checked');
    });

    it('restores it on a new computer, which then shows the same cases as the same officer', async () => {
      const app = new AppPage(page);
      await app.open(replacement.url);
      const welcome = new WelcomePage(page);
      await welcome.setUpOfficer('Temporary Name');
      await welcome.startWithEmptyStore();
      await app.waitForHeading('My work');
      await new SettingsPage(page).openByShortcut();
      const answer = await new BackupSection(page).restore(file());
      expect(answer).toMatch(/Restored 30 cases/);
      expect(answer).toMatch(/continue as Sam Lee/);
      // The page reloads where it was (Settings), now showing the restored store.
      await page.getByRole('button', { name: 'Open the restored cases' }).click();
      await app.waitForHeading('Settings');
      await expect(page.getByText('Sam Lee', { exact: true }).first().isVisible()).resolves.toBe(true);
    });

    it('restores it straight from the welcome screen of a brand-new computer', async () => {
      const app = new AppPage(page);
      await app.open(fresh.url);
      await new WelcomePage(page).heading.waitFor({ timeout: 15_000 });
      await app.screenshot('31-welcome-with-restore');
      const answer = await new BackupSection(page, page.getByRole('main')).restore(file());
      expect(answer).toMatch(/Restored 30 cases/);
      await page.getByRole('button', { name: 'Open the restored cases' }).click();
      // The restored store is kept under a key of this computer's, so it has its own recovery key.
      await page.getByRole('heading', { level: 1, name: 'Store this computer’s recovery key' }).waitFor();
      mkdirSync('/tmp/shots14/recovery', { recursive: true });
      await page.screenshot({ path: '/tmp/shots14/recovery/07-restored-store-recovery-key.png' });
      await new WelcomePage(page).storeRecoveryKey();
      await app.waitForHeading('My work');
      await expect(page.getByText('Sam Lee', { exact: true }).first().isVisible()).resolves.toBe(true);
    });

    it('refuses the same backup on the computer that already holds cases, and says why', async () => {
      const app = new AppPage(page);
      await app.open(office.url);
      await app.waitForHeading('My work');
      await new SettingsPage(page).openByShortcut();
      const answer = await new BackupSection(page).restore(file());
      expect(answer).toMatch(/Nothing was restored/);
      expect(answer).toMatch(/already holds/);
    });
  },
);
