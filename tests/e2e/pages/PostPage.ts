// The Post screen (managers), used by keyboard: the letters to post, an export followed to its end
// (or cancelled), a file downloaded, and the letters marked posted. Each state is checked by axe.
import type { Download, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { tabTo } from '../support/keyboard';

export class PostScreen {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table');
  }

  get result() {
    return this.page.getByRole('region', { name: 'Export result' });
  }

  rows() {
    return this.table.locator('tbody tr');
  }

  /** Through the navigation link, by keyboard. */
  async openFromNavigation(): Promise<void> {
    await tabTo(this.page, this.page.getByRole('link', { name: 'Post', exact: true }), { max: 80 });
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: 'Post' }).waitFor();
    await this.table.waitFor();
    await checkAccessibility(this.page, 'screen: Post');
  }

  async caption(): Promise<string> {
    return (await this.table.locator('caption').textContent()) ?? '';
  }

  async toggleUnpostedOnly(): Promise<void> {
    await tabTo(this.page, this.page.getByRole('checkbox', { name: 'Only letters not yet posted' }), {
      max: 60,
    });
    await this.page.keyboard.press('Space');
  }

  /** Presses Export and returns once the progress bar shows. */
  async startExport(letters: string): Promise<void> {
    await tabTo(this.page, this.page.getByRole('button', { name: `Export ${letters}` }), { max: 60 });
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('progressbar', { name: 'How far the export has got' }).waitFor();
  }

  async waitForResult(title: string): Promise<void> {
    await this.result.getByText(title).waitFor({ timeout: 60_000 });
    await checkAccessibility(this.page, 'Post: export finished');
  }

  async cancelExport(): Promise<void> {
    await tabTo(this.page, this.page.getByRole('button', { name: 'Cancel the export' }), { max: 20 });
    await this.page.keyboard.press('Enter');
    await this.page.getByText('The export was cancelled. Nothing was left in the folder.').waitFor();
    await checkAccessibility(this.page, 'Post: export cancelled');
  }

  async download(name: string): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await tabTo(this.page, this.result.getByRole('button', { name: `Download ${name}` }), { max: 60 });
    await this.page.keyboard.press('Enter');
    return downloading;
  }

  async markPosted(count: string): Promise<void> {
    const title = `Mark ${count} as posted`;
    await tabTo(this.page, this.page.getByRole('button', { name: title }), { max: 80 });
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    await checkAccessibility(this.page, `dialog: ${title}`);
    await tabTo(this.page, dialog.getByRole('button', { name: title }));
    await this.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await this.page.getByText(`Marked ${count} as posted on`).waitFor();
    await checkAccessibility(this.page, 'Post: letters marked posted');
  }
}
