// The complaint panel on a case page: where the case stands, the next steps (each a dialog), the
// complaint definition and contact before the response. Driven by keyboard: focus, Enter, type,
// Tab, arrows, Ctrl+Enter to save.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { expectFocused } from '../support/keyboard';
import { typedDate } from '../support/dates';

export const COMPLAINT_SHOTS = '/tmp/redress-shots';

export class ComplaintPanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: /^(Complaint handling|Progress)$/ });
  }

  get definition() {
    return this.page.getByRole('region', { name: 'Complaint definition' });
  }

  /** The residents on a group complaint (inside the definition). */
  get groupComplaint() {
    return this.definition.getByRole('region', { name: 'Group complaint' });
  }

  /** The yellow note that the issue is older than the policy's complaint window. */
  get windowNote() {
    return this.definition.getByRole('note').filter({ hasText: 'Older than the complaint window' });
  }

  get contactAttempts() {
    return this.page.getByRole('region', { name: 'Contact before the response' });
  }

  get extensions() {
    return this.page.getByRole('region', { name: 'Extensions' });
  }

  /** The value shown for a labelled fact in the panel ("Status", "Respond by", …). */
  fact(label: string): Locator {
    return this.region
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }) })
      .locator('dd');
  }

  async factText(label: string): Promise<string> {
    return normalise(await this.fact(label).innerText());
  }

  /** Waits until a fact shows `text` (the page updates from the saved case). */
  async waitForFact(label: string, text: string | RegExp, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.factText(label).catch(() => '');
      if (typeof text === 'string' ? last.includes(text) : text.test(last)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`“${label}” showed “${last}”, not ${String(text)}`);
  }

  actionButton(name: string): Locator {
    return this.region.getByRole('group', { name: 'Next steps' }).getByRole('button', { name, exact: true });
  }

  async actionNames(): Promise<string[]> {
    const buttons = this.region.getByRole('group', { name: 'Next steps' }).getByRole('button');
    return (await buttons.allTextContents()).map(normalise);
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Focuses a button and presses Enter; waits for the dialog it opens. */
  async openDialog(button: Locator, title: string): Promise<Locator> {
    await button.focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.dialog(title);
    await dialog.waitFor({ timeout: 15_000 });
    // Let the fade-in finish so focus has landed and screenshots show what a person sees.
    await this.page.waitForTimeout(250);
    await checkAccessibility(this.page, `dialog: ${title}`);
    return dialog;
  }

  async openAction(name: string, title = name): Promise<Locator> {
    return this.openDialog(this.actionButton(name), title);
  }

  /** Ctrl+Enter saves; the dialog closes on success. */
  async saveAndClose(dialog: Locator): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Enter');
    // Gone from the page, not just fading out.
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await checkAccessibility(this.page, 'complaint panel after a save');
  }

  /**
   * A field by its label (Mantine adds a hidden " *" to required ones); only the field itself, not
   * a select's list of options, which is labelled by the same label.
   */
  field(scope: Locator, label: string): Locator {
    return scope
      .getByLabel(new RegExp(`^${escape(label)}( \\*)?$`))
      .and(this.page.locator('input, textarea, select'));
  }

  async expectFocusedField(scope: Locator, label: string): Promise<void> {
    await expectFocused(this.field(scope, label));
  }

  /** Types a date into a date field as an officer does, dd/mm/yyyy (over what it held). */
  async setDate(dialog: Locator, label: string, iso: string): Promise<void> {
    const field = this.field(dialog, label);
    await field.focus();
    await field.press('ControlOrMeta+A');
    await this.page.keyboard.type(typedDate(iso));
  }

  /** Focuses a field and types into it. */
  async typeInto(scope: Locator, label: string, text: string): Promise<void> {
    const field = this.field(scope, label);
    await field.focus();
    await this.page.keyboard.type(text);
  }

  /** Opens a select with the keyboard and arrows to an option, then Enter. */
  async chooseOption(scope: Locator, label: string, option: string | RegExp): Promise<string> {
    const input = this.field(scope, label);
    await input.focus();
    await this.page.keyboard.press('ArrowDown');
    const target = this.page.getByRole('option', { name: option });
    await target.first().waitFor();
    for (let i = 0; i < 30; i++) {
      if ((await target.first().getAttribute('data-combobox-selected')) !== null) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    return input.inputValue();
  }

  /** Types into a resident search and arrows to the option naming `name`, without picking it. */
  async findResident(scope: Locator, label: string, query: string, name: string | RegExp): Promise<Locator> {
    await this.typeInto(scope, label, query);
    const option = this.page.getByRole('option', { name });
    await option.first().waitFor();
    for (let i = 0; i < 10; i++) {
      await this.page.keyboard.press('ArrowDown');
      if ((await option.first().getAttribute('data-combobox-selected')) !== null) break;
    }
    return option.first();
  }

  pointCard(n: number): Locator {
    return this.definition.getByRole('article', { name: `Point ${n}` });
  }

  /** The whole page from the top; just the window while a dialog is open (it is what a person sees). */
  async screenshot(name: string): Promise<void> {
    await checkAccessibility(this.page, `screenshot: complaint-${name}`);
    mkdirSync(COMPLAINT_SHOTS, { recursive: true });
    const path = join(COMPLAINT_SHOTS, `complaint-${name}.png`);
    if ((await this.page.getByRole('dialog').count()) > 0) {
      await this.page.screenshot({ path });
      return;
    }
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path, fullPage: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
