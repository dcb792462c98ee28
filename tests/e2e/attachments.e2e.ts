// Attachments in the real renderer through the local host: a photo chosen with the file picker by
// keyboard, captioned and linked to a point, shows its thumbnail; the same photo again is refused
// by name; a letter dropped on the drop zone is attached; a damaged file shows a placeholder
// (never a broken image); a browser downloads. Every state is checked by axe; screenshots saved.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { gradientPng, jpeg, pdf } from '../attachmentFiles';
import { AppPage } from './pages/AppPage';
import { AttachmentsSection } from './pages/AttachmentsSection';
import { CasePage } from './pages/CasePage';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('attachments on the case page', () => {
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
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-attach-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('attaches a photo by the picker and shows its thumbnail; refuses it twice; a dropped letter; a damaged file is a placeholder', async () => {
    const app = new AppPage(page);
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    const opened = await call<{ id: string; reference: string }>('cases.open', {
      type: 'complaint',
      summary: 'Damp and mould in the bedroom',
    });
    await call('points.add', { caseId: opened.id, point: 'Mould came back after the repair' });
    await call('points.add', { caseId: opened.id, point: 'Nobody called back' });

    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    const casePage = new CasePage(page);
    await casePage.waitFor(opened.reference);
    const files = new AttachmentsSection(page);
    await files.region.getByText('No files are attached to this case yet.').waitFor({ timeout: 15_000 });

    const photo = { name: 'bedroom-wall.png', mimeType: 'image/png', buffer: gradientPng(240, 160) };
    await files.chooseByKeyboard([photo]);
    await files.caption(photo.name, 'Bedroom wall after the repair');
    await files.point(photo.name, 'Point 1: Mould came back after the repair');
    await checkAccessibility(page, 'case page: a photo chosen, with caption and point');
    await app.screenshot('attachments-01-chosen');
    await files.attach(1);

    const item = files.item(photo.name);
    const thumbnail = item.getByRole('img', { name: 'Photo: Bedroom wall after the repair' });
    await thumbnail.waitFor({ timeout: 15_000 });
    await expect(
      thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).resolves.toBe(240);
    await expect(item.textContent()).resolves.toMatch(/Bedroom wall after the repair/);
    await expect(item.textContent()).resolves.toMatch(/by Priya Shah · Point 1/);

    // The same photo again: kept out, and the reason is shown beside it.
    await files.chooseByKeyboard([photo]);
    await files.region.getByRole('button', { name: 'Attach 1 file' }).click();
    await files
      .waiting(photo.name)
      .getByRole('alert')
      .filter({ hasText: '“bedroom-wall.png” is already attached to this case' })
      .waitFor({ timeout: 15_000 });
    await checkAccessibility(page, 'case page: the same photo refused');
    await files
      .waiting(photo.name)
      .getByRole('button', { name: `Do not attach ${photo.name}` })
      .click();

    // A letter dropped on the drop zone.
    const letter = { name: 'Repair letter.pdf', mimeType: 'application/pdf', buffer: pdf(1) };
    await files.drop([letter]);
    await files.attach(1);
    await files.item(letter.name).waitFor({ timeout: 15_000 });

    // A photo whose bytes were altered after it was attached shows a placeholder, never an image.
    const kitchen = await call<{ sha256: string }>('attachments.add', {
      caseId: opened.id,
      fileName: 'kitchen.jpg',
      bytes: jpeg(4000, 9).toString('base64'),
    });
    const blob = join(dataDir, 'blobs', kitchen.sha256.slice(0, 2), kitchen.sha256);
    const bad = readFileSync(blob);
    bad[100] = bad[100]! ^ 0xff;
    writeFileSync(blob, bad);
    await page.reload();
    await casePage.waitFor(opened.reference);
    const damaged = files.item('kitchen.jpg');
    await damaged.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !document.querySelector('img[alt="Photo kitchen.jpg"]'), undefined, {
      timeout: 5000,
    });
    await expect(damaged.getByRole('img').count()).resolves.toBe(0);
    await files.item(photo.name).getByRole('img').waitFor({ timeout: 15_000 });
    await app.screenshot('attachments-02-listed');

    // In a browser, Open is Download: the verified bytes, under the file's own name.
    const downloading = page.waitForEvent('download');
    await files
      .item(letter.name)
      .getByRole('button', { name: `Download ${letter.name}` })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(letter.name);
    expect(readFileSync((await download.path())!).equals(letter.buffer)).toBe(true);

    // The damaged one says so; asked for anyway (a share may hold an intact copy), it is refused by name.
    await damaged
      .getByText('This file has been changed or damaged since it was attached, so it is not shown.')
      .waitFor({ timeout: 15_000 });
    await damaged.getByRole('button', { name: 'Download kitchen.jpg' }).click();
    await page
      .getByText(
        '“kitchen.jpg” has been changed or damaged since it was attached (its fingerprint does not match)',
        {
          exact: false,
        },
      )
      .first()
      .waitFor({ timeout: 15_000 });
    await checkAccessibility(page, 'case page: a damaged file refused');

    // Settings → Attachments: the limit every computer uses.
    await page.goto(`${host.url.split('#')[0]}#/settings`);
    const section = page.getByRole('region', { name: 'Attachments' });
    const field = section.getByRole('textbox', { name: 'Largest file that can be attached' });
    await expect.poll(() => field.inputValue(), { timeout: 15_000 }).toBe('25 MB');
    await field.fill('10');
    await section.getByRole('button', { name: 'Save limit' }).click();
    await page.getByText('Attachments can now be up to 10 MB').waitFor({ timeout: 15_000 });
    expect(await call('attachments.limit', {})).toEqual({ maxBytes: 10 * 1_048_576 });
    await checkAccessibility(page, 'Settings: attachment limit saved');
  });
});
