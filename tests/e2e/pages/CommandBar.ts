// The command bar (Ctrl+K) as a person uses it: open it, type, read the grouped results, choose.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class CommandBarPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Go to a case, a resident or a screen' });
  }

  get input(): Locator {
    return this.page.getByRole('combobox', { name: /Search for a case by reference/ });
  }

  get status(): Locator {
    return this.dialog.getByRole('status');
  }

  /** The header's button, with the shortcut shown on it. */
  get button(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^Search/ });
  }

  group(name: 'Screens' | 'Cases' | 'Residents'): Locator {
    return this.dialog.getByRole('group', { name });
  }

  option(name: string | RegExp): Locator {
    return this.dialog.getByRole('option', { name });
  }

  async openByShortcut(keys = 'Control+K'): Promise<void> {
    await this.page.keyboard.press(keys);
    await this.input.waitFor({ timeout: 10_000 });
    await checkAccessibility(this.page, 'command bar: open');
  }

  /** Types, waits for the store's answer to be announced, and checks the state shown. */
  async search(text: string): Promise<string> {
    await this.input.fill(text);
    await this.status.filter({ hasText: /Found|Nothing found/ }).waitFor({ timeout: 10_000 });
    await checkAccessibility(this.page, `command bar: results for "${text}"`);
    return (await this.status.textContent()) ?? '';
  }

  /** The option Enter would open now. */
  async highlighted(): Promise<string> {
    const id = await this.input.getAttribute('aria-activedescendant');
    if (!id) return '';
    return ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '').trim();
  }
}
