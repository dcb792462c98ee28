// Needs attention: clashing changes to choose between, and notices.
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class AttentionPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Needs attention' });
  }

  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+A');
    await this.heading.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Needs attention');
  }

  /** The card of a clash about a case. */
  conflict(reference: string) {
    return this.page
      .getByRole('region', { name: /^Changes that clash/ })
      .getByRole('article')
      .filter({ has: this.page.getByRole('link', { name: reference, exact: true }) });
  }

  keepButton(reference: string, value: string) {
    return this.conflict(reference).getByRole('button', { name: new RegExp(`^Keep this: ${value},`) });
  }

  get nothingToDo() {
    return this.page.getByText('Nothing needs your attention.');
  }
}
