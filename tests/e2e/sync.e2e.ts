// Two laptops and a central share, in the real renderer: two local hosts on two stores and a temp
// folder as the share. Laptop A sets up its officer, sets up the share in Settings and logs a
// complaint; laptop B sets up its officer, joins the share, syncs and finds A's case. Then both
// change the same case's type while the share cannot be reached (so neither sees the other's
// change), sync A → B → A, and both show the clash under Needs attention; B keeps one value, and
// after syncing the clash is gone on both and both show the value kept. Last, B disconnects and
// joins again.
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeCaseType } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt } from './support/host';
import { Laptop } from './support/laptop';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const SUMMARY = 'Neighbour’s extractor fan vents into the resident’s kitchen; reported twice, no visit yet.';

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'Two laptops syncing through a central share' : `Sync (${SKIP_REASON})`,
  () => {
    let browser: Browser;
    let shareRoot: string;
    let share: string;
    const a = new Laptop('Priya Shah');
    const b = new Laptop('Sam Reid');
    let reference = '';

    beforeAll(async () => {
      assertRendererBuilt();
      shareRoot = mkdtempSync(join(tmpdir(), 'redress-e2e-share-'));
      share = join(shareRoot, 'Redress share');
      mkdirSync(share);
      browser = await launchChromium(chromiumPath!);
      await a.start(browser);
      await b.start(browser);
    });

    afterAll(async () => {
      await browser?.close();
      await a.stop();
      await b.stop();
      if (shareRoot) rmSync(shareRoot, { recursive: true, force: true });
    });

    it('laptop A: sets up the officer and a new central share in Settings', async () => {
      await a.setUpOfficer();
      await a.indicator.waitFor(/^No central share$/);
      await a.settings.openByShortcut();
      await a.app.screenshot('sync-01-settings-not-set-up');

      await a.settings.setUpNewShare(share);
      await expect(a.settings.detail('Folder')).resolves.toBe(share);
      await a.indicator.waitFor(/^Up to date$/);
      await a.app.screenshot('sync-02-a-share-set-up');
    });

    it('laptop A: logs a call that opens a complaint', async () => {
      reference = await a.logComplaint(SUMMARY);
      expect(reference).toMatch(/^RD-\d{2}-[A-Z0-9]{2}-\d+$/);
    });

    it('laptop B: sets up its officer, joins the share, syncs and finds A’s case', async () => {
      await b.setUpOfficer();
      await b.settings.openByShortcut();
      // The share is encrypted: B joins with a code shown on A's Settings (A was last on Log a call).
      await a.settings.openByShortcut();
      const code = await a.settings.showJoinCode();
      await a.app.screenshot('sync-02b-a-join-code');
      await b.settings.joinShare(share, code);
      await a.syncNow(); // A vouches for B
      await b.syncNow();
      await b.indicator.waitFor(/^Up to date$/);
      await b.app.screenshot('sync-03-b-joined');

      const cases = new CasesPage(b.page);
      await cases.openByShortcut();
      await cases.searchFor(reference);
      await cases.waitForCase(reference);
      await b.app.screenshot('sync-04-b-finds-a-case');

      // A hears of B at its next sync: the details list B's computer.
      await a.syncNow();
      await a.indicator.open();
      await a.indicator.details.getByText('Sam Reid’s computer').waitFor({ timeout: 15_000 });
      await a.app.screenshot('sync-05-a-indicator-details');
      // Syncing from the details by keyboard leaves the keyboard there: Escape still closes them.
      await a.indicator.syncNowFromDetails();
      await a.indicator.close();
    });

    it('both change the case’s type while the share is out of reach: each sees its changes waiting', async () => {
      // Take the share away, as when the NAS is off or the laptop is out of the office.
      const away = `${share} (away)`;
      renameSync(share, away);
      try {
        await a.openCase(reference);
        await changeCaseType(a.page, 'Service request');
        await b.openCase(reference);
        await changeCaseType(b.page, 'Enquiry');

        await a.settings.openByShortcut();
        await a.settings.syncNowButton.click();
        await a.indicator.waitFor(/^Offline — \d+ changes? waiting$/);
        await a.app.screenshot('sync-06-a-offline');
      } finally {
        renameSync(away, share);
      }
    });

    it('syncing A → B → A shows the clash, with both values, on both laptops', async () => {
      await a.syncNow();
      await b.syncNow();
      await a.syncNow();

      for (const laptop of [a, b]) {
        await laptop.indicator.waitFor(/^Up to date$/);
        await expect.poll(() => laptop.indicator.attentionCount(), { timeout: 15_000 }).toBeGreaterThan(0);
        await laptop.attention.openByShortcut();
        const card = laptop.attention.conflict(reference);
        await card.waitFor({ timeout: 15_000 });
        // The value cells ("Latest" marks the newer one).
        await expect(card.getByRole('cell', { name: /^Service request( Latest)?$/ }).count()).resolves.toBe(
          1,
        );
        await expect(card.getByRole('cell', { name: /^Enquiry( Latest)?$/ }).count()).resolves.toBe(1);
        await expect(card.getByRole('cell', { name: 'Priya Shah', exact: true }).count()).resolves.toBe(1);
        await expect(card.getByRole('cell', { name: 'Sam Reid', exact: true }).count()).resolves.toBe(1);
      }
      await a.app.screenshot('sync-07-a-needs-attention');
      await b.app.screenshot('sync-08-b-needs-attention');
    });

    it('B keeps one value; after syncing, the clash is gone on both and both show it', async () => {
      const keep = b.attention.keepButton(reference, 'Enquiry');
      await keep.focus();
      await b.page.keyboard.press('Enter');
      await b.page.getByRole('alert').filter({ hasText: 'Choice saved' }).waitFor({ timeout: 15_000 });
      await b.attention.conflict(reference).waitFor({ state: 'detached', timeout: 15_000 });
      await b.app.screenshot('sync-09-b-resolved');

      await b.syncNow();
      await a.syncNow();
      for (const laptop of [a, b]) {
        await laptop.attention.openByShortcut();
        await laptop.attention.nothingToDo.waitFor({ timeout: 15_000 });
        await expect.poll(() => laptop.indicator.attentionCount(), { timeout: 15_000 }).toBe(0);
        await laptop.openCase(reference);
        await expect.poll(() => laptop.caseTypeShown(), { timeout: 15_000 }).toBe('Enquiry');
      }
      await a.app.screenshot('sync-10-a-case-after-resolve');
    });

    it('B disconnects (keeping its cases) and can only join the same share again', async () => {
      await b.settings.openByShortcut();
      await b.page.getByRole('main').getByRole('button', { name: 'Disconnect' }).click();
      const dialog = b.page.getByRole('dialog', { name: 'Disconnect from the central share?' });
      await dialog.waitFor();
      await b.app.screenshot('sync-11-b-disconnect-confirm');
      await dialog.getByRole('button', { name: 'Disconnect' }).click();
      await b.indicator.waitFor(/^No central share$/);
      // Its cases stay; setting up another share is not offered any more.
      await expect(b.page.getByRole('button', { name: 'Set up a new share here' }).count()).resolves.toBe(0);
      await b.app.screenshot('sync-12-b-disconnected');
      await b.settings.joinShare(share);
      await b.indicator.waitFor(/^(Up to date|Syncing….*)$/);
      await b.openCase(reference);

      expect(a.app.problems).toEqual([]);
      expect(b.app.problems).toEqual([]);
    });
  },
);
