// Settings → Letter templates: download a letter's template, import one's own (accepted, or
// refused with the placeholders named), and go back to Redress's.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class LetterTemplatesSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Letter templates' });
  }

  row(letter: string): Locator {
    return this.region
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: letter, exact: true }) });
  }

  /** Downloads the template the letter uses and saves it at `path`. */
  async download(letter: string, path: string): Promise<void> {
    await this.region.waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.region.getByRole('button', { name: `Download the ${letter} template` }).click(),
    ]);
    await download.saveAs(path);
  }

  /** Imports the file for the letter; returns the refusal's text, or null when it was accepted. */
  async import(letter: string, path: string): Promise<string | null> {
    const select = this.region
      .getByRole('textbox', { name: 'Letter', exact: true })
      .or(this.region.getByRole('combobox', { name: 'Letter', exact: true }));
    if ((await select.inputValue()) !== letter) {
      await select.click();
      await this.page.getByRole('option', { name: letter, exact: true }).click();
    }
    const clear = this.region.getByRole('button', { name: 'Clear the chosen file' });
    if (await clear.isVisible()) await clear.click();
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.region.getByRole('button', { name: 'Word document (.docx)' }).click(),
    ]);
    await chooser.setFiles(path);
    await this.region.getByRole('button', { name: 'Import this template' }).click();
    const refused = this.region.getByRole('alert').filter({ hasText: 'This template was not imported' });
    const accepted = this.row(letter).getByRole('button', { name: /Go back to Redress’s template/ });
    await refused.or(accepted).waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Settings: template imported or refused');
    return (await refused.isVisible()) ? ((await refused.textContent()) ?? '') : null;
  }

  async goBack(letter: string): Promise<void> {
    await this.row(letter)
      .getByRole('button', { name: /Go back to Redress’s template/ })
      .click();
    await this.row(letter).getByRole('cell', { name: 'Redress’s template' }).waitFor();
  }
}
