// Settings → Letters: the house style form (with its logo) and the standard paragraphs, each with
// Edit and History. Every state it shows is checked by axe.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { SCREENSHOTS } from './AppPage';

export interface LogoFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class LetterSetupSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Letters', exact: true });
  }

  get houseStyle(): Locator {
    return this.page.getByRole('form', { name: 'House style' });
  }

  get logoPreview(): Locator {
    return this.houseStyle.getByRole('img', { name: 'Your logo, as letters will show it' });
  }

  /** The Letters part of Settings as a picture, after the accessibility gate. */
  async screenshot(name: string): Promise<void> {
    await checkAccessibility(this.page, `screenshot: ${name}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Taken from the whole page at the region's place, so the fixed header stays at the top.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    const box = await this.region.boundingBox();
    if (!box) throw new Error('The Letters part of Settings is not on the page');
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, clip: box });
  }

  async waitFor(): Promise<void> {
    await this.houseStyle.getByRole('button', { name: 'Save house style' }).waitFor({ timeout: 15_000 });
    await this.paragraph('How to contact the Housing Ombudsman').waitFor();
    await this.region.scrollIntoViewIfNeeded();
    await checkAccessibility(this.page, 'Settings → Letters');
  }

  private field(label: string | RegExp): Locator {
    return this.houseStyle.getByRole('textbox', { name: label });
  }

  /** Types each field by keyboard: Tab order, no clicks. */
  async fillHouseStyle(s: {
    name: string;
    addressLines: string[];
    phone: string;
    email: string;
    website: string;
  }): Promise<void> {
    const type = async (label: string | RegExp, text: string) => {
      await this.field(label).focus();
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.type(text);
    };
    await type(/^Landlord’s name/, s.name);
    await type(/^Address, one line each/, s.addressLines.join('\n'));
    await type('Phone', s.phone);
    await type('Email', s.email);
    await type('Website', s.website);
  }

  /** Opens the file picker from the keyboard and chooses `file`. */
  async chooseLogo(file: LogoFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.houseStyle.getByRole('button', { name: /^Choose (a|another) logo…$/ }).focus();
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
  }

  async removeLogo(): Promise<void> {
    await this.houseStyle.getByRole('button', { name: 'Remove the logo' }).click();
    await this.houseStyle.getByText('No logo', { exact: true }).waitFor();
  }

  async saveHouseStyle(): Promise<void> {
    await this.houseStyle.getByRole('button', { name: 'Save house style' }).click();
    // The last save's notice (an earlier one may still be showing).
    await this.page.getByText('House style saved.').last().waitFor();
    await checkAccessibility(this.page, 'Settings → Letters: house style saved');
  }

  paragraph(label: string): Locator {
    return this.region.getByRole('region', { name: label, exact: true });
  }

  /** Edit → new wording and why → Save as a new version. */
  async editParagraph(label: string, change: (text: string) => string, why: string): Promise<void> {
    const card = this.paragraph(label);
    await card.getByRole('button', { name: `Edit “${label}”` }).click();
    const form = card.getByRole('form', { name: `Edit “${label}”` });
    const wording = form.getByRole('textbox', { name: /^Wording/ });
    await wording.waitFor();
    await checkAccessibility(this.page, `Settings → Letters: editing “${label}”`);
    await wording.fill(change(await wording.inputValue()));
    await form.getByRole('textbox', { name: /^Why it changed/ }).fill(why);
    await form.getByRole('button', { name: 'Save as a new version' }).click();
    await this.page.getByText(`“${label}” saved as a new version.`).waitFor();
    await form.waitFor({ state: 'detached' });
    await checkAccessibility(this.page, `Settings → Letters: “${label}” saved`);
  }

  /** By keyboard, as a person tabbing through would (and no pointer left hovering). */
  private async press(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** Opens the full text of one version in the history. */
  async showVersionText(label: string, version: number): Promise<void> {
    await this.press(this.paragraph(label).getByRole('button', { name: `Show text of version ${version}` }));
    await this.paragraph(label)
      .getByRole('button', { name: `Hide text of version ${version}` })
      .waitFor();
  }

  /** Opens a paragraph's history: each row's cells (version, saved, by, why). */
  async history(label: string): Promise<string[][]> {
    const card = this.paragraph(label);
    const toggle = card.getByRole('button', { name: /^History \(/ });
    if ((await toggle.count()) > 0) await this.press(toggle);
    const table = card.getByRole('table', { name: `Versions of “${label}”` });
    await table.waitFor();
    await checkAccessibility(this.page, `Settings → Letters: history of “${label}”`);
    const rows = await table.locator('tbody tr').all();
    return Promise.all(
      rows.map(async (r) => (await r.locator('td').allInnerTexts()).slice(0, 4).map((t) => t.trim())),
    );
  }
}
