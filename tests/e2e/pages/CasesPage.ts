import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { expectFocused } from '../support/keyboard';

export class CasesPage {
  constructor(readonly page: Page) {}

  get search() {
    return this.page.getByRole('searchbox', { name: 'Search cases' });
  }

  caseLink(reference: string) {
    return this.page.getByRole('table').getByRole('link', { name: reference, exact: true });
  }

  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+C');
    await this.page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await checkAccessibility(this.page, 'Cases');
  }

  /** "/" jumps to the search box; typing searches (debounced), Enter searches at once. */
  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('/');
    await expectFocused(this.search);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async waitForCase(reference: string): Promise<void> {
    await this.caseLink(reference).waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, `Cases: found ${reference}`);
  }
}
