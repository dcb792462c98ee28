// Remedies and promised actions on the case page, and the Action tracker, as a person sees them:
// each dialog opened from its button by keyboard and checked by axe; fields typed into; saved with
// Ctrl+Enter.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { ComplaintPanel } from './ComplaintPanel';

export class RemediesSection {
  readonly ui: ComplaintPanel;
  constructor(readonly page: Page) {
    this.ui = new ComplaintPanel(page);
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Remedies' });
  }

  remedy(name: string | RegExp): Locator {
    return this.region.getByRole('listitem', { name });
  }

  async openAdd(): Promise<Locator> {
    return this.ui.openDialog(this.region.getByRole('button', { name: 'Add a remedy' }), 'Add a remedy');
  }

  /** Adds a remedy: kind, optional point, text; for compensation the amount and heads. */
  async add(o: { kind: string; point?: string; text: string; amount?: string; heads?: string[] }) {
    const dialog = await this.openAdd();
    await this.ui.chooseOption(dialog, 'Kind of remedy', o.kind);
    if (o.point) await this.ui.chooseOption(dialog, 'Point of complaint', o.point);
    await this.ui.typeInto(dialog, 'What it says', o.text);
    if (o.amount) await this.ui.typeInto(dialog, 'Amount (£)', o.amount);
    for (const head of o.heads ?? []) {
      await dialog.getByRole('checkbox', { name: head }).focus();
      await this.page.keyboard.press('Space');
    }
    return dialog;
  }

  async step(remedyName: string | RegExp, buttonName: string | RegExp, title: string): Promise<Locator> {
    return this.ui.openDialog(this.remedy(remedyName).getByRole('button', { name: buttonName }), title);
  }
}

export class ActionsSection {
  readonly ui: ComplaintPanel;
  constructor(readonly page: Page) {
    this.ui = new ComplaintPanel(page);
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Promised actions' });
  }

  action(what: string): Locator {
    return this.region.getByRole('listitem', { name: what });
  }

  async add(o: { what: string; owner: string; contact: string; due: string; remedy?: string | RegExp }) {
    const dialog = await this.ui.openDialog(
      this.region.getByRole('button', { name: 'Add a promised action' }),
      'Add a promised action',
    );
    await this.ui.typeInto(dialog, 'What was promised', o.what);
    await this.ui.typeInto(dialog, 'Owner', o.owner);
    await this.ui.typeInto(dialog, 'Contact given to the resident', o.contact);
    await this.ui.setDate(dialog, 'Due by', o.due);
    if (o.remedy) await this.ui.chooseOption(dialog, 'Remedy it carries out', o.remedy);
    await this.ui.saveAndClose(dialog);
  }

  async complete(what: string, evidence: string): Promise<void> {
    const dialog = await this.ui.openDialog(
      this.action(what).getByRole('button', { name: `Complete: ${what}` }),
      'Complete the action',
    );
    await this.ui.typeInto(dialog, 'Evidence it was done', evidence);
    await this.ui.saveAndClose(dialog);
  }
}

export class ActionTrackerPage {
  readonly ui: ComplaintPanel;
  constructor(readonly page: Page) {
    this.ui = new ComplaintPanel(page);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Open promised actions' });
  }

  /** Opens the tracker from the navigation by its shortcut (Alt+T). */
  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+T');
    await this.page.getByRole('heading', { level: 1, name: 'Action tracker' }).waitFor();
    await this.page.locator('table[aria-busy="false"]').first().waitFor();
    await checkAccessibility(this.page, 'screen: Action tracker');
  }

  /** Each row's words: due in words, the action, owner, case. */
  async rows(): Promise<string[]> {
    const rows = this.table.locator('tbody tr');
    return (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async total(): Promise<string> {
    return (await this.table.locator('caption').innerText()).trim();
  }

  async recordUpdate(what: string, method: string, said: string): Promise<void> {
    const dialog = await this.ui.openDialog(
      this.table.getByRole('button', { name: `Record an update: ${what}` }),
      'Record an update to the resident',
    );
    await this.ui.chooseOption(dialog, 'How the resident was told', method);
    await this.ui.typeInto(dialog, 'What was said', said);
    await this.ui.saveAndClose(dialog);
  }
}
