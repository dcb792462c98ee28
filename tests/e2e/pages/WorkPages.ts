// My work, Open cases and Settings → Complaint policy, as a person sees them.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const SHOTS = '/tmp/redress-shots';

/**
 * The whole page, the visible part of it (`viewport`), or just `element`; after any animation (a
 * filter's sliding highlight) has finished.
 */
export async function shot(
  page: Page,
  name: string,
  options: { element?: Locator; viewport?: boolean } = {},
): Promise<void> {
  await checkAccessibility(page, `screenshot: ${name}`);
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.waitForTimeout(250); // CSS transitions that are not Web Animations (Mantine's indicator)
  // From the top: a full-page shot of a scrolled window draws the fixed header halfway down.
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = `${SHOTS}/${name}.png`;
  if (options.element) {
    const box = await options.element.boundingBox();
    if (!box) throw new Error(`Nothing to photograph for ${name}`);
    await page.screenshot({ path, fullPage: true, clip: box });
  } else {
    await page.screenshot({ path, fullPage: !options.viewport });
  }
}

/** One row of a work table, read back as the words on screen. */
export interface WorkRow {
  reference: string;
  rag: string;
  status: string;
  badge: string;
  hsRisk: boolean;
  /** The case is here (and urgent) because my task or promised action on it is overdue. */
  overdueWork: boolean;
  text: string;
}

export const RAG_ORDER = ['overdue', 'due_today', 'due_soon', 'on_track', 'none'];

class WorkTablePage {
  constructor(
    readonly page: Page,
    readonly tableName: string,
  ) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: this.tableName, exact: true });
  }

  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  caseLink(reference: string): Locator {
    return this.table.getByRole('link', { name: reference, exact: true });
  }

  row(reference: string): Locator {
    return this.table.locator(`tbody tr[data-reference="${reference}"]`);
  }

  async waitForTable(): Promise<void> {
    await this.table.waitFor({ timeout: 15_000 });
    await this.page.locator('table[aria-busy="false"]').first().waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, `${this.tableName} table`);
  }

  /** Waits until the table is not loading, then reads every row. */
  async readRows(): Promise<WorkRow[]> {
    await this.waitForTable();
    return this.rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = Array.from(tr.querySelectorAll('td'));
        // The columns are the officer's choice: the stage is found by its heading.
        const heads = Array.from(tr.closest('table')?.querySelectorAll('thead th') ?? []).map((th) =>
          th.textContent?.trim(),
        );
        const stageAt = heads.indexOf('Stage');
        return {
          reference: tr.getAttribute('data-reference') ?? '',
          rag: tr.getAttribute('data-rag') ?? '',
          status: stageAt >= 0 ? (cells[stageAt]?.textContent?.trim() ?? '') : '',
          badge: tr.querySelector('td [data-rag]')?.textContent?.trim() ?? '',
          hsRisk: tr.querySelector('[data-hs-risk]') !== null,
          overdueWork: tr.getAttribute('data-overdue-work') === 'yes',
          text: (tr.textContent ?? '').replace(/\s+/g, ' ').trim(),
        };
      }),
    );
  }

  /** The number on one of the urgency tiles ("Overdue", "Due today", …). */
  async count(testId: 'count-overdue' | 'count-due-today' | 'count-due-soon' | 'count-hs'): Promise<string> {
    return ((await this.page.getByTestId(testId).locator('[data-count]').textContent()) ?? '').trim();
  }
}

export class MyWorkScreen extends WorkTablePage {
  constructor(page: Page) {
    super(page, 'My work');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'My work' });
  }

  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+M');
    await this.heading.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'My work');
  }
}

export class OpenCasesScreen extends WorkTablePage {
  constructor(page: Page) {
    super(page, 'Open cases');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Open cases' });
  }

  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+O');
    await this.heading.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Open cases');
  }

  /** Waits for the list to answer a change of filter: the caption changes or the rows do. */
  private async afterFilter(change: () => Promise<void>): Promise<void> {
    const before = await this.table
      .locator('tbody')
      .innerText()
      .catch(() => '');
    await change();
    await this.page.waitForFunction(
      (prev) => {
        const busy = document.querySelector('table[aria-busy="true"]');
        const body = document.querySelector('table[aria-label="Open cases"] tbody') as HTMLElement | null;
        const empty = document.querySelector('main [role="status"]');
        return !busy && ((body && body.innerText !== prev) || (!body && empty));
      },
      before,
      { timeout: 15_000 },
    );
  }

  async chooseStage(label: 'Any stage' | 'Stage 1' | 'Stage 2'): Promise<void> {
    await this.afterFilter(async () => {
      await this.page.getByRole('radiogroup', { name: 'Stage' }).getByText(label, { exact: true }).click();
    });
  }

  private async choose(field: string, option: string): Promise<void> {
    await this.afterFilter(async () => {
      await this.page.getByRole('main').getByLabel(field, { exact: true }).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    });
  }

  async chooseOfficer(name: string): Promise<void> {
    await this.choose('Officer', name);
  }

  async chooseServiceArea(label: string): Promise<void> {
    await this.choose('Service area', label);
  }

  async clearFilters(): Promise<void> {
    await this.afterFilter(async () => {
      await this.page.getByRole('button', { name: 'Clear filters' }).click();
    });
  }
}

export class PolicySettings {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Complaint policy' });
  }

  field(label: string): Locator {
    return this.section.getByRole('textbox', { name: label, exact: true });
  }

  /** The yellow note under a setting that is looser than the Code. */
  warningFor(name: string): Locator {
    return this.section.locator(`[data-policy-field="${name}"] [data-code-warning]`);
  }

  get saveButton(): Locator {
    return this.section.getByRole('button', { name: 'Save complaint policy' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+S');
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 15_000 });
    await this.saveButton.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Settings: complaint policy');
  }

  /** Types a new value over the old one, as a person would. */
  async setNumber(label: string, value: string): Promise<void> {
    const box = this.field(label);
    await box.click();
    await box.press('ControlOrMeta+a');
    await this.page.keyboard.type(value);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
