// Settings → Backup (download a backup, restore one from a file), and the same restore form on
// the first-run welcome screen (pass its scope).
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class BackupSection {
  readonly region: Locator;

  constructor(
    readonly page: Page,
    scope?: Locator,
  ) {
    this.region = scope ?? page.getByRole('region', { name: 'Backup' });
  }

  /** Downloads a backup and saves it at `path`; returns the "Backup made" message. */
  async download(path: string): Promise<string> {
    await this.region.waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.region.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    await download.saveAs(path);
    const done = this.region.getByRole('status').filter({ hasText: 'Backup made' });
    await done.waitFor();
    await checkAccessibility(this.page, 'Settings: backup made');
    return (await done.textContent()) ?? '';
  }

  /** Runs "Check the case store"; returns the answer (sound, or damaged and what to do). */
  async checkStore(): Promise<string> {
    await this.region.getByRole('button', { name: 'Check the case store' }).click();
    const answer = this.region
      .getByRole('status')
      .filter({ hasText: 'The case store is sound' })
      .or(this.region.getByRole('alert'));
    await answer.waitFor({ timeout: 30_000 });
    await checkAccessibility(this.page, 'Settings: store checked');
    return (await answer.textContent()) ?? '';
  }

  /** Chooses the file and restores it; returns the alert that answers (restored, or why not). */
  async restore(path: string): Promise<string> {
    await this.region.waitFor({ timeout: 15_000 });
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.region.getByRole('button', { name: 'Backup file' }).click(),
    ]);
    await chooser.setFiles(path);
    await this.region.getByRole('button', { name: 'Restore this backup' }).click();
    const answer = this.region
      .getByRole('status')
      .filter({ hasText: 'Backup restored' })
      .or(this.region.getByRole('alert'));
    await answer.waitFor({ timeout: 30_000 });
    await checkAccessibility(this.page, 'after a restore');
    return (await answer.textContent()) ?? '';
  }
}
