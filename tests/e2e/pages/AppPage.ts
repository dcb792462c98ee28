// The app as a whole: open it, use the global shortcuts, take screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const SCREENSHOTS = fileURLToPath(new URL('../screenshots', import.meta.url));

export class AppPage {
  readonly problems: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.heading(name).waitFor({ state: 'visible', timeout: 15_000 });
    await checkAccessibility(this.page, `screen: ${String(name)}`);
  }

  /** "?" shows the keyboard shortcuts; Escape puts them away. */
  async showShortcuts(): Promise<void> {
    await this.page.keyboard.press('Shift+?');
    await this.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await checkAccessibility(this.page, 'dialog: Keyboard shortcuts');
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** A state worth a picture is worth checking: the gate runs first. */
  async screenshot(name: string): Promise<void> {
    await checkAccessibility(this.page, `screenshot: ${name}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }
}
