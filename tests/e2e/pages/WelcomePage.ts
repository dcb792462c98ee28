import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { E2E_PASSWORD, passwordBox } from '../support/signIn';

export class WelcomePage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Welcome to Redress' });
  }

  get recoveryKey() {
    return this.page.getByLabel('Redress recovery key');
  }

  /**
   * Fills "About you" by keyboard (the name field has focus on arrival) with a password, then
   * stores the recovery key shown once. Every e2e officer's password is E2E_PASSWORD.
   */
  async setUpOfficer(name: string, password = E2E_PASSWORD): Promise<void> {
    await this.fillAboutYou(name, password);
    await this.storeRecoveryKey();
  }

  async fillAboutYou(name: string, password = E2E_PASSWORD, again = password): Promise<void> {
    await this.heading.waitFor({ timeout: 15_000 });
    const nameField = this.page.getByRole('textbox', { name: 'Your name' });
    await nameField.waitFor();
    await checkAccessibility(this.page, 'Welcome: about you');
    await this.page.keyboard.type(name);
    await passwordBox(this.page, 'Choose a password').fill(password);
    await passwordBox(this.page, 'Type the password again').fill(again);
    await this.page.keyboard.press('Enter');
  }

  /** The recovery key step: ticks "stored safely" and continues; returns the key shown. */
  async storeRecoveryKey(): Promise<string> {
    await this.recoveryKey.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Welcome: recovery key');
    const key = (await this.recoveryKey.textContent()) ?? '';
    await this.page.getByRole('checkbox', { name: 'I have stored the recovery key safely' }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    return key;
  }

  async startWithEmptyStore(): Promise<void> {
    const empty = this.page.getByRole('button', { name: 'Start with an empty store' });
    await empty.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Welcome: demo data');
    await empty.focus();
    await this.page.keyboard.press('Enter');
  }
}
