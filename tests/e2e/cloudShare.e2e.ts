// A central share on Azure Blob Storage, in the real renderer: Azurite (Microsoft's emulator) in
// this process, two laptops (local hosts in child processes) reaching it by URL. Laptop A pastes
// a container's SAS link (read, create and list rights; it runs out in ten days) into Settings,
// sees what the link says before using it, sets up the share, and is warned that the link is
// about to expire — and nowhere on screen is the link's signature shown. Laptop B joins with a
// join code and finds A's complaint.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Azurite } from '../objectStores/azurite';
import { CasesPage } from './pages/CasesPage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt } from './support/host';
import { Laptop } from './support/laptop';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'A central share on Azure Blob Storage' : `Cloud share (${SKIP_REASON})`,
  () => {
    let browser: Browser;
    let azurite: Azurite;
    let line = '';
    let label = '';
    const a = new Laptop('Priya Shah');
    const b = new Laptop('Sam Reid');

    beforeAll(async () => {
      assertRendererBuilt();
      azurite = await Azurite.start();
      const container = await azurite.container();
      line = azurite.sasLine(container, {
        permissions: 'rcl',
        expiresOn: new Date(Date.now() + 10 * 86_400_000),
      });
      label = line.split('?')[0]!;
      browser = await launchChromium(chromiumPath!);
      for (const laptop of [a, b]) {
        await laptop.start(browser);
        await laptop.setUpOfficer();
      }
    });

    afterAll(async () => {
      await browser?.close();
      await a.stop();
      await b.stop();
      await azurite?.stop();
    });

    it('laptop A: pastes the SAS link, reads what it says, and sets up the share', async () => {
      await a.settings.openByShortcut();
      await a.settings.pathField.fill(line);
      const notes = a.settings.shareSection.getByRole('note').filter({ hasText: 'Azure Blob Storage' });
      await expect(notes.textContent()).resolves.toMatch(/stops working on .* \(in 10 days\)/);
      await checkAccessibility(a.page, 'Settings: an Azure link pasted');
      await a.app.screenshot('cloud-01-azure-link-pasted');

      await a.settings.pathField.fill('');
      await a.settings.setUpNewShare(line);
      await expect(a.settings.detail('Address')).resolves.toBe(label);
      await expect(a.settings.detail('Kind of share')).resolves.toBe('Azure Blob Storage');
      await expect(a.settings.detail('Files are never replaced')).resolves.toMatch(/refuses to replace/);
      await expect(
        a.settings.shareSection.getByRole('note').filter({ hasText: 'Share link expiring' }).count(),
      ).resolves.toBe(1);
      await a.indicator.waitFor(/^Up to date$/);
      // The signature never reaches the screen: the page shows the link without its query.
      expect(await a.page.locator('body').innerText()).not.toContain('sig=');
      await a.app.screenshot('cloud-02-azure-share-set-up');
    });

    it('laptop B: joins with a code and finds A’s complaint', async () => {
      const reference = await a.logComplaint('Damp in the back bedroom since October; two visits missed.');

      await a.settings.openByShortcut();
      const code = await a.settings.showJoinCode();
      await b.settings.openByShortcut();
      await b.settings.joinShare(line, code);
      await a.settings.syncNowButton.click(); // A vouches for B
      await expect
        .poll(async () => (await b.page.locator('body').innerText()).includes('sig='), {
          timeout: 1000,
        })
        .toBe(false);
      const cases = new CasesPage(b.page);
      await expect
        .poll(
          async () => {
            await b.settings.openByShortcut();
            await b.settings.syncNowButton.click();
            await cases.openByShortcut();
            await cases.searchFor(reference);
            return cases.caseLink(reference).count();
          },
          { timeout: 60_000, interval: 1000 },
        )
        .toBeGreaterThan(0);
      await b.app.screenshot('cloud-03-b-finds-a-case');
    });
  },
);
