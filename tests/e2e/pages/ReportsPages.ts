// The Reports screen (managers): the year's annual report downloads, the narrative, the Code
// self-assessment and the board pack. Every state is checked by axe; screenshots go to
// /tmp/shots14/documents.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const REPORTS_SHOTS = '/tmp/shots14/documents';

/** Checks the page with axe, then saves a screenshot of the viewport. */
export async function reportsShot(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, `reports: ${name}`);
  mkdirSync(REPORTS_SHOTS, { recursive: true });
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(REPORTS_SHOTS, `${name}.png`) });
}

export class ReportsScreen {
  constructor(readonly page: Page) {}

  get annual(): Locator {
    return this.page.getByRole('region', { name: /^Annual complaints report/ });
  }

  get narrative(): Locator {
    return this.page.getByRole('region', { name: "The report's narrative" });
  }

  get assessment(): Locator {
    return this.page.getByRole('region', { name: 'Code self-assessment' });
  }

  provision(number: string): Locator {
    return this.assessment.getByRole('group', { name: new RegExp(`^${number.replace('.', '\\.')} `) });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Reports' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await this.assessment.waitFor();
  }
}
