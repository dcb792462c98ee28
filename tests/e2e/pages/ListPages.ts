// Open cases and the Cases list as a person uses them at scale: the range and pager, the urgency
// tiles as toggles, and the Columns menu.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const LIST_SHOTS = '/tmp/shots12/lists';

/** Checks the screen with axe, then saves what the window shows. */
export async function listShot(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, name);
  mkdirSync(LIST_SHOTS, { recursive: true });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.screenshot({ path: `${LIST_SHOTS}/${name}.png` });
}

export type TileId = 'count-overdue' | 'count-due-today' | 'count-due-soon' | 'count-hs';

export class PagedListScreen {
  constructor(
    readonly page: Page,
    readonly tableName: string,
  ) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: this.tableName, exact: true });
  }

  tile(id: TileId): Locator {
    return this.page.getByTestId(id);
  }

  async tileCount(id: TileId): Promise<number> {
    return Number(((await this.tile(id).locator('[data-count]').textContent()) ?? '').replace(/,/g, ''));
  }

  async pressed(id: TileId): Promise<boolean> {
    return (await this.tile(id).getAttribute('aria-pressed')) === 'true';
  }

  /** The table's caption: "Showing 51–100 of 1,234 open cases". */
  async caption(): Promise<string> {
    return ((await this.table.locator('caption').textContent()) ?? '').trim();
  }

  async references(): Promise<string[]> {
    return this.table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-reference') ?? ''));
  }

  async headings(): Promise<string[]> {
    return this.table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.textContent?.trim() ?? ''));
  }

  pager(name: string): Locator {
    return this.page.getByRole('navigation', { name });
  }

  /** Runs `change` and waits until the table shows something else (a page, a filter). */
  async after(change: () => Promise<void>): Promise<void> {
    const before = await this.caption().catch(() => '');
    const rows = await this.references().catch(() => [] as string[]);
    await change();
    for (let i = 0; i < 150; i++) {
      const busy = await this.page.locator('table[aria-busy="true"]').count();
      const now = await this.caption().catch(() => '');
      const nowRows = await this.references().catch(() => [] as string[]);
      if (!busy && (now !== before || nowRows.join() !== rows.join())) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`The ${this.tableName} list did not change`);
  }

  columnsButton(): Locator {
    return this.page.getByRole('button', { name: 'Columns', exact: true });
  }

  columnBox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }
}
