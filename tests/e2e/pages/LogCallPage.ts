// "Log a call", driven by keyboard only.
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { writeTypedDateTime } from '../../../src/shared/domain/locale';
import { expectFocused, tabTo } from '../support/keyboard';

export interface NewResidentDetails {
  name: string;
  phone?: string;
  addressLine1?: string;
  town?: string;
  postcode?: string;
}

export class LogCallPage {
  constructor(readonly page: Page) {}

  get finder() {
    return this.page.getByRole('combobox', { name: 'Who is calling?' });
  }

  field(label: string) {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** When the contact happened: empty means now. */
  get when() {
    return this.page.getByRole('textbox', { name: /^When was it\?/ });
  }

  /** Types when it happened as an officer does: dd/mm/yyyy hh:mm. */
  async typeWhen(localDateTime: string): Promise<void> {
    await this.when.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(writeTypedDateTime(localDateTime, 'en-GB'));
  }

  get savedAlert() {
    return this.page.getByRole('status').filter({ hasText: 'Call saved' });
  }

  /** Alt+L from anywhere; focus lands in the resident finder. */
  async openByShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+L');
    await this.page.getByRole('heading', { level: 1, name: 'Log a call' }).waitFor();
    await expectFocused(this.finder);
    await checkAccessibility(this.page, 'Log a call');
  }

  /** Types in the finder, arrows down to "New resident" and fills the inline form by Tab. */
  async createNewResident(search: string, details: NewResidentDetails): Promise<void> {
    await this.page.keyboard.type(search, { delay: 20 });
    const option = this.page.getByRole('option', { name: /New resident/ });
    await option.waitFor();
    // Step through the matches to the last option, "New resident".
    for (let i = 0; i < 10; i++) {
      await this.page.keyboard.press('ArrowDown');
      if ((await option.getAttribute('data-combobox-selected')) !== null) break;
    }
    await this.page.keyboard.press('Enter');
    const name = this.field('Name');
    await expectFocused(name);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(details.name);
    const fill = async (label: string, value: string | undefined) => {
      if (value === undefined) return;
      await tabTo(this.page, this.field(label));
      await this.page.keyboard.type(value);
    };
    await fill('Phone', details.phone);
    await fill('Address line 1', details.addressLine1);
    await fill('Town', details.town);
    await fill('Postcode', details.postcode);
    await checkAccessibility(this.page, 'Log a call: new resident');
  }

  /** Tab to the channel radios and arrow to the one wanted (Phone is the default). */
  async chooseChannel(label: string): Promise<void> {
    await tabTo(this.page, this.page.getByRole('radio', { name: 'Phone', exact: true }));
    const target = this.page.getByRole('radio', { name: label, exact: true });
    for (let i = 0; i < 8 && !(await target.isChecked()); i++) await this.page.keyboard.press('ArrowRight');
    if (!(await target.isChecked())) throw new Error(`Could not choose channel ${label}`);
  }

  async typeSummary(text: string): Promise<void> {
    await tabTo(this.page, this.page.getByRole('textbox', { name: /What was said/ }));
    await this.page.keyboard.type(text);
  }

  /** Tab into "What is this?", arrow to the type wanted and select it with Space. */
  async classifyAs(label: string): Promise<void> {
    const group = this.page.getByRole('radiogroup', { name: /What is this/ });
    const first = group.getByRole('radio').first();
    await tabTo(this.page, first);
    const target = group.getByRole('radio', { name: label, exact: true });
    for (let i = 0; i < 8; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Space');
    if (!(await target.isChecked())) throw new Error(`Could not classify as ${label}`);
  }

  async saveWithCtrlEnter(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Enter');
  }

  /** The case reference from the "Call saved" confirmation. */
  async savedCaseReference(): Promise<string> {
    await this.savedAlert.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'Log a call: saved');
    const link = this.savedAlert.getByRole('link', { name: /^Open case / });
    const text = (await link.textContent()) ?? '';
    return text.replace(/^Open case /, '').trim();
  }

  async openSavedCase(): Promise<void> {
    const link = this.savedAlert.getByRole('link', { name: /^Open case / });
    await tabTo(this.page, link, { backwards: true, max: 60 });
    await this.page.keyboard.press('Enter');
  }
}
