// The header's sync indicator and its details popover, the same on every page.
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class ShareIndicator {
  constructor(readonly page: Page) {}

  get button() {
    return this.page.getByRole('banner').getByRole('button', { name: /^Central share:/ });
  }

  get details() {
    return this.page.getByRole('dialog', { name: 'Central share' });
  }

  async label(): Promise<string> {
    return ((await this.button.textContent()) ?? '').replace(/^Central share:\s*/, '').trim();
  }

  /** Waits (through the indicator's own polling) until it shows `text`. */
  async waitFor(text: RegExp, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.label().catch(() => '');
      if (text.test(last)) return;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`The share indicator showed "${last}", not ${text}`);
  }

  /** Opens the details by keyboard: focus the indicator, Enter. */
  async open(): Promise<void> {
    await this.button.focus();
    await this.page.keyboard.press('Enter');
    await this.details.waitFor();
    // Let the fade-in finish, so screenshots show it as a person sees it.
    await this.page.waitForFunction(() => {
      const el = document.querySelector('[role="dialog"][aria-labelledby]');
      return el !== null && getComputedStyle(el).opacity === '1';
    });
    await checkAccessibility(this.page, 'dialog: Central share details');
  }

  /** Presses the details' own "Sync now" by keyboard and waits for the sync's notification. */
  async syncNowFromDetails(): Promise<void> {
    const finished = this.page.getByRole('alert').filter({ hasText: 'Sync finished' });
    const before = await finished.count();
    await this.details.getByRole('button', { name: 'Sync now' }).focus();
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('[role="alert"]')].filter((el) =>
          el.textContent?.includes('Sync finished'),
        ).length > n,
      before,
      { timeout: 30_000 },
    );
  }

  /** Escape closes the details and gives the keyboard back to the indicator. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.details.waitFor({ state: 'hidden' });
    await this.page.waitForFunction(() =>
      (document.activeElement?.textContent ?? '').startsWith('Central share:'),
    );
  }

  /** The "needs attention" count beside the indicator (0 when it is not shown). */
  async attentionCount(): Promise<number> {
    const link = this.page.getByRole('banner').getByRole('link', { name: /need(s)? attention$/ });
    if ((await link.count()) === 0) return 0;
    return Number(((await link.textContent()) ?? '0').replace(/\D/g, '')) || 0;
  }
}
