// Settings → Retention (the review list, Erase… and its confirm dialog) and the resident page's
// subject access export. Every state is checked by axe; screenshots go to /tmp/shots13/retention.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const RETENTION_SHOTS = '/tmp/shots13/retention';

/** Checks the page with axe, then saves a screenshot of the viewport. */
export async function retentionShot(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, `retention: ${name}`);
  mkdirSync(RETENTION_SHOTS, { recursive: true });
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(RETENTION_SHOTS, `${name}.png`) });
}

export class RetentionSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Retention' });
  }

  get table(): Locator {
    return this.region.getByRole('table', { name: 'Files kept past the retention period' });
  }

  eraseButton(initials: string): Locator {
    return this.region.getByRole('button', {
      name: new RegExp(`^Erase the personal data of ${initials.replace(/\./g, '\\.')}`),
    });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Erase the personal data of/ });
  }

  get reason(): Locator {
    return this.dialog.getByRole('textbox', { name: /^Reason for erasing/ });
  }

  get confirm(): Locator {
    return this.dialog.getByRole('button', { name: 'Erase personal data' });
  }

  async open(): Promise<void> {
    await this.page.evaluate(() => {
      location.hash = '#/settings';
    });
    await this.region.waitFor();
    await this.region.scrollIntoViewIfNeeded();
  }
}
