// Settings → Letters in the real renderer served by the local host: a manager sets up the house
// style with a logo (previewed, then removed), a wrong file is named before saving, and a
// standard paragraph is edited into a new version with its history. Every state is checked by
// axe; screenshots saved. The Ombudsman's details are read from the shipped file, never written here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import type { HouseStyleView, StandardParagraph } from '../../src/shared/contract/letterSetup';
import { gradientPng, sha } from '../attachmentFiles';
import { AppPage } from './pages/AppPage';
import { LetterSetupSection } from './pages/LetterSetupSection';
import { SettingsPage } from './pages/SettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const OMBUDSMAN = 'How to contact the Housing Ombudsman';
const shippedOmbudsman = (
  JSON.parse(
    readFileSync(join(__dirname, '../../resources/paragraphs/standard-paragraphs.json'), 'utf8'),
  ) as { paragraphs: Array<{ key: string; text: string }> }
).paragraphs.find((p) => p.key === 'ombudsman')!.text;

describe.skipIf(!chromiumPath)('Settings → Letters', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let letters: LetterSetupSection;

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-letter-setup-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(10_000);
    app = new AppPage(page);
    letters = new LetterSetupSection(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the house style as not set up and the shipped paragraphs', async () => {
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');
    await new SettingsPage(page).openByShortcut();
    await letters.waitFor();
    await letters.houseStyle.getByText(/^Not set up yet/).waitFor();
    await expect(letters.paragraph(OMBUDSMAN).textContent()).resolves.toContain(shippedOmbudsman);
    await expect(letters.paragraph(OMBUDSMAN).textContent()).resolves.toContain(
      'Version 1 · Redress’s original',
    );
    await letters.screenshot('letters-01-not-set-up');
  });

  it('refuses a file that is not a picture by name, then saves the house style with a logo', async () => {
    await letters.fillHouseStyle({
      name: 'Riverside Homes',
      addressLines: ['Riverside House', '12 Wharf Street', 'Northbridge', 'NB1 4RH'],
      phone: '0113 496 0000',
      email: 'complaints@riversidehomes.example.org',
      website: 'www.riversidehomes.example.org',
    });
    await letters.chooseLogo({
      name: 'letterhead.png',
      mimeType: 'image/png',
      buffer: Buffer.from('%PDF-1.4 not a picture'),
    });
    await letters.houseStyle
      .getByRole('alert')
      .getByText('“letterhead.png” is not a PNG or JPEG picture')
      .waitFor();
    await letters.region.scrollIntoViewIfNeeded();
    await letters.screenshot('letters-02-wrong-logo');

    const logo = gradientPng(300, 90);
    await letters.chooseLogo({ name: 'riverside.png', mimeType: 'image/png', buffer: logo });
    await letters.logoPreview.waitFor();
    await expect(letters.houseStyle.getByRole('alert').count()).resolves.toBe(0);
    await letters.saveHouseStyle();
    await letters.houseStyle.scrollIntoViewIfNeeded();
    await letters.screenshot('letters-03-house-style-saved');

    const saved = await call<HouseStyleView>('houseStyle.get', {});
    expect(saved).toMatchObject({
      landlordName: 'Riverside Homes',
      addressLines: ['Riverside House', '12 Wharf Street', 'Northbridge', 'NB1 4RH'],
      phone: '0113 496 0000',
      email: 'complaints@riversidehomes.example.org',
      website: 'www.riversidehomes.example.org',
      signOff: 'Yours sincerely',
      logoSha256: sha(logo),
      isSet: true,
    });
  });

  it('removes the logo', async () => {
    await letters.removeLogo();
    await letters.saveHouseStyle();
    expect(await call<HouseStyleView>('houseStyle.get', {})).toMatchObject({ logoSha256: null, isSet: true });
    // Still there after a reload: what is shown is what was saved.
    await page.reload();
    await letters.waitFor();
    await expect(
      letters.houseStyle.getByRole('textbox', { name: /^Landlord’s name/ }).inputValue(),
    ).resolves.toBe('Riverside Homes');
    await letters.houseStyle.getByText('No logo', { exact: true }).waitFor();
  });

  it("edits the Ombudsman paragraph into version 2, with Redress's original kept in its history", async () => {
    const moved = (text: string) => text.replace(/PO Box \d+/, 'PO Box 4321');
    await letters.editParagraph(OMBUDSMAN, moved, 'The Ombudsman’s new address');
    const card = letters.paragraph(OMBUDSMAN);
    await expect(card.textContent()).resolves.toContain(moved(shippedOmbudsman));
    await expect(card.textContent()).resolves.toMatch(/Version 2 · \d{1,2} \w{3} \d{4} by Priya Shah/);

    const rows = await letters.history(OMBUDSMAN);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['2\nCurrent', 'Priya Shah', 'The Ombudsman’s new address'],
      ['1', 'Redress’s original', 'The wording Redress comes with'],
    ]);
    await letters.showVersionText(OMBUDSMAN, 1);
    await card.getByText(shippedOmbudsman).waitFor();
    await card.scrollIntoViewIfNeeded();
    await letters.screenshot('letters-04-paragraph-history');

    const list = await call<StandardParagraph[]>('paragraphs.list', {});
    expect(list.find((p) => p.key === 'ombudsman')!.current).toMatchObject({
      version: 2,
      text: moved(shippedOmbudsman),
      createdBy: 'Priya Shah',
    });
    expect(app.problems).toEqual([]);
  });
});
