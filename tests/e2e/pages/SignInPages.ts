// The sign-in screen, the header's Lock button and Settings → Sign-in and security.
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { expectFocused, tabTo } from '../support/keyboard';
import { E2E_PASSWORD, passwordBox } from '../support/signIn';

export class SignInPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Sign in to Redress' });
  }

  get passwordField() {
    return passwordBox(this.page, 'Password');
  }

  /** The notice saying why Redress locked (after inactivity, sleep, or being signed out). */
  get reason() {
    return this.page.getByRole('main').getByRole('status').first();
  }

  get passwordError() {
    return this.page.getByText(/^That is not .*’s password/);
  }

  get waitNotice() {
    return this.page.getByText(/^Too many tries — wait \d+ seconds? before trying again\.$/);
  }

  async waitForIt(label = 'Sign in'): Promise<void> {
    await this.heading.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, label);
  }

  /** Chooses a person by keyboard (Tab to the list; the arrow keys move within it). */
  async choose(name: string): Promise<void> {
    const card = this.page.getByRole('radio', { name });
    if ((await card.getAttribute('aria-checked')) === 'true') return;
    await tabTo(this.page, this.page.getByRole('radio').first());
    for (let i = 0; i < 20 && (await card.getAttribute('aria-checked')) !== 'true'; i++) {
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /** Types the password and presses Enter. */
  async signIn(password = E2E_PASSWORD): Promise<void> {
    await this.passwordField.focus();
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }
}

/** The header's Lock button, by keyboard. */
export async function lockByButton(page: Page): Promise<void> {
  const lock = page.getByRole('banner').getByRole('button', { name: 'Lock' });
  await lock.focus();
  await expectFocused(lock);
  await page.keyboard.press('Enter');
}

export class SecuritySettings {
  constructor(readonly page: Page) {}

  get section() {
    return this.page.getByRole('region', { name: 'Sign-in and security' });
  }

  field(label: string) {
    return passwordBox(this.section, label);
  }

  async changePassword(current: string, next: string, again = next): Promise<void> {
    await this.section.scrollIntoViewIfNeeded();
    await this.field('Current password').fill(current);
    await this.field('New password').fill(next);
    await this.field('New password again').fill(again);
    await this.field('New password again').press('Enter');
  }

  async setLockAfter(minutes: string): Promise<void> {
    const box = this.section.getByRole('textbox', { name: 'Lock after this many minutes without use' });
    await box.fill(minutes);
    await box.press('Enter');
  }
}

/** "Forgotten your password?": the recovery key, whose password, and the new-key offer after. */
export class RecoveryPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Forgotten your password?' });
  }

  get keyField() {
    return this.page.getByRole('textbox', { name: /^Recovery key/ });
  }

  /** From the sign-in screen, by keyboard. */
  async open(): Promise<void> {
    const link = this.page.getByRole('button', { name: 'Forgotten your password?' });
    await tabTo(this.page, link);
    await this.page.keyboard.press('Enter');
    await this.heading.waitFor();
    await expectFocused(this.keyField);
  }

  async enterKey(key: string): Promise<void> {
    await this.keyField.fill(key);
    await this.keyField.press('Enter');
  }

  async setPassword(next: string, again = next): Promise<void> {
    await passwordBox(this.page, 'New password').fill(next);
    await passwordBox(this.page, 'New password again').fill(again);
    await passwordBox(this.page, 'New password again').press('Enter');
  }
}

/** The recovery key shown once (after a recovery, in Settings, after a restore): read, then stored. */
export async function storeShownRecoveryKey(page: Page, label: string): Promise<string> {
  const shown = page.getByLabel('Redress recovery key');
  await shown.waitFor();
  await checkAccessibility(page, label);
  const key = ((await shown.textContent()) ?? '').trim();
  await page.getByRole('checkbox', { name: 'I have stored the recovery key safely' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  return key;
}
