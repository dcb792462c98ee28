// Colleagues and amendments: Settings → People, "Add a colleague" in place inside a lifecycle
// dialog, and "Amend…" on an issued point. Keyboard only; axe runs on every state shown.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { expectFocused, tabTo } from '../support/keyboard';

export class PeopleSettings {
  constructor(readonly page: Page) {}

  get section() {
    return this.page.getByRole('region', { name: 'People' });
  }

  get table() {
    return this.section.getByRole('table', { name: 'Colleagues' });
  }

  /** The row of the table naming `name`: its cells' text. */
  async row(name: string): Promise<string[]> {
    const row = this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  async show(): Promise<void> {
    await this.section.waitFor({ timeout: 15_000 });
    await this.table.waitFor();
    await checkAccessibility(this.page, 'Settings → People');
  }

  /** "Add colleague", by keyboard: name (initials follow it), email and team, saved with Ctrl+Enter. */
  async addColleague(name: string, email: string, team: string): Promise<void> {
    await this.section.getByRole('button', { name: 'Add colleague' }).focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Add a colleague' });
    await dialog.waitFor({ timeout: 15_000 });
    await this.page.waitForTimeout(250);
    await checkAccessibility(this.page, 'dialog: Add a colleague');
    await expectFocused(dialog.getByRole('textbox', { name: /^Name/ }));
    await this.page.keyboard.type(name);
    await tabTo(this.page, dialog.getByRole('textbox', { name: /^Email/ }), { max: 4 });
    await this.page.keyboard.type(email);
    await tabTo(this.page, dialog.getByLabel(/^Team/).and(this.page.locator('input')), { max: 4 });
    await this.page.keyboard.type(team);
    await this.page.keyboard.press('ControlOrMeta+Enter');
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await this.table.getByRole('rowheader', { name }).waitFor({ timeout: 15_000 });
  }

  /** Types a team into "New team", Enter adds it to the list, then Save teams. */
  async addTeam(team: string): Promise<void> {
    const field = this.section.getByRole('textbox', { name: 'New team' });
    await field.focus();
    await this.page.keyboard.type(team);
    await this.page.keyboard.press('Enter');
    await this.section
      .getByRole('list', { name: 'Teams' })
      .getByText(team, { exact: true })
      .waitFor({ timeout: 10_000 });
    await tabTo(this.page, this.section.getByRole('button', { name: 'Save teams' }), { max: 6 });
    await this.page.keyboard.press('Enter');
    await this.section.getByRole('status').filter({ hasText: 'Teams saved.' }).waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Settings → People with a team saved');
  }

  /** Tabs to a row's Deactivate or Reactivate and presses Enter; waits for the row to say so. */
  async setActive(name: string, active: boolean): Promise<void> {
    const button = this.section.getByRole('button', {
      name: `${active ? 'Reactivate' : 'Deactivate'} ${name}`,
    });
    await button.focus();
    await this.page.keyboard.press('Enter');
    const want = active ? 'Active' : 'Deactivated';
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if ((await this.row(name)).includes(want)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`${name} did not become ${want}`);
  }
}

/** "Add a colleague" inside a dialog: open it, type the details, save; the colleague is chosen. */
export async function addColleagueInPlace(
  page: Page,
  dialog: Locator,
  name: string,
  email: string,
): Promise<void> {
  const open = dialog.getByRole('button', { name: 'Add a colleague' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const group = dialog.getByRole('group', { name: 'Add a colleague' });
  await group.waitFor();
  const nameField = group.getByRole('textbox', { name: /^Name/ });
  await expectFocused(nameField);
  await checkAccessibility(page, 'dialog: Add a colleague in place');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab'); // Initials: filled from the name
  await page.keyboard.press('Tab');
  await expectFocused(group.getByRole('textbox', { name: /^Email/ }));
  await page.keyboard.type(email);
  await tabTo(page, group.getByRole('button', { name: 'Save colleague' }), { max: 5 });
  await page.keyboard.press('Enter');
  await group.waitFor({ state: 'detached', timeout: 15_000 });
}

/** The Amend… dialog of an issued point: a new decision and the reason, saved with Ctrl+Enter. */
export async function amendDecision(
  page: Page,
  card: Locator,
  number: number,
  decision: string,
  reason: string,
) {
  const button = card.getByRole('button', { name: `Amend point ${number}` });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Amend point ${number} as issued` });
  await dialog.waitFor({ timeout: 15_000 });
  await page.waitForTimeout(250);
  await checkAccessibility(page, 'dialog: Amend a point');
  const newDecision = dialog.getByLabel(/^New decision/).and(page.locator('input'));
  await tabTo(page, newDecision, { max: 6 });
  await page.keyboard.press('ArrowDown');
  const option = page.getByRole('option', { name: decision, exact: true });
  await option.waitFor();
  for (let i = 0; i < 5 && (await option.getAttribute('data-combobox-selected')) === null; i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expectFocused(dialog.getByRole('textbox', { name: /^Reason for the amendment/ }));
  await page.keyboard.type(reason);
  await page.keyboard.press('ControlOrMeta+Enter');
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
}
