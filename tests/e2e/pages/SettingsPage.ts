// Settings → Central share: set up a new share, join one, sync now, disconnect.
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { expectFocused } from '../support/keyboard';

export class SettingsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Settings' });
  }

  get shareSection() {
    return this.page.getByRole('region', { name: 'Central share' });
  }

  get pathField() {
    return this.page.getByRole('textbox', { name: /^Folder of the central share/ });
  }

  get deviceLabelField() {
    return this.page.getByRole('textbox', { name: 'How this computer appears to others' });
  }

  get syncNowButton() {
    return this.page.getByRole('main').getByRole('button', { name: 'Sync now' });
  }

  /** Alt+S from anywhere. */
  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+S');
    await this.heading.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Settings');
  }

  private async typePath(path: string): Promise<void> {
    await this.pathField.waitFor({ timeout: 15_000 });
    await this.pathField.focus();
    await this.page.keyboard.type(path);
  }

  /** First computer only: fill the folder, choose "Set up a new share here" and confirm. */
  async setUpNewShare(path: string): Promise<void> {
    await this.typePath(path);
    await this.page.getByRole('button', { name: 'Set up a new share here' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Set up a new central share?' });
    await dialog.waitFor();
    await checkAccessibility(this.page, 'dialog: Set up a new central share?');
    // The safe choice has focus; the person has to move to the other one deliberately.
    await expectFocused(dialog.getByRole('button', { name: 'Cancel' }));
    await dialog.getByRole('button', { name: 'Set up the share here' }).click();
    await this.waitUntilConnected();
  }

  /** Every other computer: fill the folder and the join code, and press Enter (joining is the form's default). */
  async joinShare(path: string, code?: string): Promise<void> {
    await this.typePath(path);
    if (code) await this.shareSection.getByRole('textbox', { name: 'Join code' }).fill(code);
    await this.page.keyboard.press('Enter');
    await this.waitUntilConnected();
  }

  /** On a computer in the share: shows a join code for a new one and reads it. */
  async showJoinCode(): Promise<string> {
    await this.shareSection.getByRole('button', { name: 'Show a join code' }).click();
    // The code sits in a "Join code" notice (a status named by its title); read the code itself.
    const code = this.shareSection.getByRole('status', { name: 'Join code' }).locator('code');
    await code.waitFor();
    await checkAccessibility(this.page, 'Settings: a join code shown');
    return ((await code.textContent()) ?? '').trim();
  }

  async waitUntilConnected(): Promise<void> {
    await this.shareSection.getByRole('rowheader', { name: 'Share id' }).waitFor({ timeout: 30_000 });
    await checkAccessibility(this.page, 'Settings: connected to a share');
  }

  /** The value in the "This computer's share" table for a row. */
  async detail(row: string): Promise<string> {
    const cell = this.shareSection.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell');
    return ((await cell.textContent()) ?? '').trim();
  }
}
