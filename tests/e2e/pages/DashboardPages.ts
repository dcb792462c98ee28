// The Performance screen (the managers' dashboard): its filters, headline figures, chart panels
// with their Chart/Table switch and CSV, and the drawer listing the cases behind a figure. Every
// state shown is checked by axe; screenshots go to /tmp/shots14/dashboard.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const DASHBOARD_SHOTS = '/tmp/shots14/dashboard';

export async function dashboardShot(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, `dashboard: ${name}`);
  mkdirSync(DASHBOARD_SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DASHBOARD_SHOTS, `${name}.png`) });
}

export class DashboardScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Performance' });
  }

  get filters(): Locator {
    return this.page.getByRole('search', { name: 'Choose the period and filter the figures' });
  }

  get period(): Locator {
    return this.filters.getByLabel('Period', { exact: true });
  }

  /** A headline figure's button ("Stage 1 complaints received: 42. Show the cases"). */
  figure(label: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${label}: .*Show the cases$`) });
  }

  /** The number a headline figure shows. */
  async figureValue(label: string): Promise<string> {
    return (await this.figure(label).textContent())?.trim() ?? '';
  }

  panel(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async showTable(title: string): Promise<Locator> {
    await this.panel(title).getByText('Table', { exact: true }).click();
    const table = this.panel(title).getByRole('table');
    await table.waitFor();
    return table;
  }

  async choosePeriod(label: string): Promise<void> {
    await this.period.click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async chooseStage(label: 'Both stages' | 'Stage 1' | 'Stage 2'): Promise<void> {
    await this.filters.getByText(label, { exact: true }).click();
  }

  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The count in the drawer's heading ("12 cases: …"). */
  async drawerCount(): Promise<number> {
    const title = this.drawer.getByText(/^\d[\d,]* cases?: /);
    await title.waitFor();
    return Number((await title.textContent())!.split(' ')[0]!.replace(/,/g, ''));
  }

  /** Presses `button` and reads the file it downloads. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await button.click();
    const file = await downloading;
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}

/** Settings → Homes owned. */
export class HomesOwnedSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Homes owned' });
  }

  /** Saves `count` homes for the reporting year the form offers first (this one). */
  async save(count: string): Promise<void> {
    await this.region.getByRole('textbox', { name: 'Homes owned' }).fill(count);
    await this.region.getByRole('button', { name: 'Save' }).click();
  }

  /** The table's rows: reporting year, homes. */
  async rows(): Promise<string[][]> {
    const table = this.region.getByRole('table', { name: 'Homes owned by reporting year' });
    if ((await table.count()) === 0) return [];
    return table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  }
}
