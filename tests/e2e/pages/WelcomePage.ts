import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class WelcomePage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Welcome to Redress' });
  }

  /** Fills "About you" by keyboard: the name field has focus on arrival. */
  async setUpOfficer(name: string): Promise<void> {
    await this.heading.waitFor({ timeout: 15_000 });
    const nameField = this.page.getByRole('textbox', { name: 'Your name' });
    await nameField.waitFor();
    await checkAccessibility(this.page, 'Welcome: about you');
    await this.page.keyboard.type(name);
    await this.page.getByLabel('Your password').fill('e2e password 1');
    await this.page.keyboard.press('Enter');
  }

  async startWithEmptyStore(): Promise<void> {
    const empty = this.page.getByRole('button', { name: 'Start with an empty store' });
    await empty.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Welcome: demo data');
    await empty.focus();
    await this.page.keyboard.press('Enter');
  }
}
