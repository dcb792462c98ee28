// The resident editor (from a case's resident card or the resident's page) and the case history
// with its kind filter, as a person drives them: by label, by keyboard, checked by axe on every
// state they show.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export const RESIDENT_SHOTS = '/tmp/shots12/residents';

/** A screenshot of what the window shows (axe first: every photographed state is checked). */
export async function residentShot(page: Page, name: string, element?: Locator): Promise<void> {
  await checkAccessibility(page, `screenshot: ${name}`);
  mkdirSync(RESIDENT_SHOTS, { recursive: true });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.waitForTimeout(250);
  const path = `${RESIDENT_SHOTS}/${name}.png`;
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path });
}

export class ResidentEditorDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: /^Edit .*’s details$/ });
  }

  /** A field by its label as written (a required one's name ends in an asterisk). */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.dialog.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  /** Opens the editor from the resident card on a case page. */
  async openFromCard(residentName: string): Promise<void> {
    const card = this.page.getByRole('region', { name: residentName });
    const edit = card.getByRole('button', { name: 'Edit details' });
    await edit.focus();
    await this.page.keyboard.press('Enter');
    await this.dialog.waitFor();
    await checkAccessibility(this.page, 'dialog: edit a resident');
  }

  async fill(label: string, value: string): Promise<void> {
    const input = this.field(label);
    await input.focus();
    await input.fill(value);
  }

  /** Ticks (or unticks) a checkbox by keyboard. */
  async tick(label: string | RegExp, on = true): Promise<void> {
    const box = this.dialog.getByRole('checkbox', { name: label });
    if ((await box.isChecked()) === on) return;
    await box.focus();
    await this.page.keyboard.press('Space');
  }

  /** The message shown beside a field, or '' when none. */
  async errorOf(label: string): Promise<string> {
    const id = await this.field(label).getAttribute('aria-describedby');
    if (!id) return '';
    const texts = await Promise.all(
      id.split(/\s+/).map((one) =>
        this.page
          .locator(`[id="${one}"]`)
          .innerText()
          .catch(() => ''),
      ),
    );
    return texts.filter((t) => /must|give|enter|say/i.test(t)).join(' ');
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save details' }).click();
  }

  async saveByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
    await this.dialog.waitFor({ state: 'detached', timeout: 15_000 });
  }
}

export class CaseHistoryPanel {
  constructor(readonly page: Page) {}

  get section() {
    return this.page.getByRole('region', { name: 'Case history' });
  }

  get table() {
    return this.section.getByRole('table', { name: 'Case history' });
  }

  async expand(): Promise<void> {
    const toggle = this.section.getByRole('button', { name: /^History/ });
    if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
    await toggle.focus();
    await this.page.keyboard.press('Enter');
    await this.table.waitFor();
    await checkAccessibility(this.page, 'case history shown');
  }

  /** Each row as [what, before → after]. */
  async rows(): Promise<Array<[string, string]>> {
    const rows = this.table.locator('tbody tr');
    const n = await rows.count();
    const out: Array<[string, string]> = [];
    for (let i = 0; i < n; i++) {
      const cells = await rows.nth(i).locator('td').allInnerTexts();
      out.push([cells[2] ?? '', cells[3] ?? '']);
    }
    return out;
  }

  /** Chooses a kind in the "Show" filter by keyboard (its label starts with `kind`). */
  async show(kind: string): Promise<void> {
    const select = this.section
      .getByRole('textbox', { name: 'Show' })
      .or(this.section.getByRole('combobox', { name: 'Show' }));
    await select.focus();
    await this.page.keyboard.press('ArrowDown');
    const option = this.page.getByRole('option', { name: new RegExp(`^${kind} \\(\\d+\\)$`) });
    await option.waitFor();
    // Arrow down to it: the list box follows the keys, not the mouse.
    for (let i = 0; i < 30 && (await option.getAttribute('data-combobox-selected')) === null; i++)
      await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await checkAccessibility(this.page, `case history: ${kind}`);
  }
}
