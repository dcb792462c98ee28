// Letters as a person sees them: the case page's Letters section ("Write a letter"), and the
// letter's own screen — its sections in rich-text editors, the Code's checklist beside them, the
// Preview tab, and the Issue and Discard dialogs. Every state is checked by axe as it is reached.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { expectFocused } from '../support/keyboard';

export class LettersSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Letters' });
  }

  letter(label: string): Locator {
    return this.region.getByRole('listitem', { name: label });
  }

  get writeGroup(): Locator {
    return this.region.getByRole('group', { name: 'Write a letter:' });
  }

  /** The letter types "Write a letter" offers, in order. */
  async offered(): Promise<string[]> {
    await this.writeGroup.waitFor();
    return this.writeGroup.getByRole('button').allInnerTexts();
  }

  /** Starts a draft of that type by keyboard and waits for its screen. */
  async choose(label: string): Promise<LetterScreen> {
    await this.writeGroup.getByRole('button', { name: label }).focus();
    await this.page.keyboard.press('Enter');
    const screen = new LetterScreen(this.page);
    await screen.waitFor(label);
    return screen;
  }
}

export class LetterScreen {
  constructor(readonly page: Page) {}

  async waitFor(label: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: label }).waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, `letter: ${label}`);
  }

  get checklist(): Locator {
    return this.page.getByRole('region', { name: 'The Code’s checklist' });
  }

  /** One checklist item's words: "The remedy offered Missing". */
  async item(label: string): Promise<string> {
    const text = await this.checklist.getByRole('listitem').filter({ hasText: label }).innerText();
    return text.replace(/\s+/g, ' ').trim();
  }

  async waitForItem(label: string, state: 'Present' | 'Missing', timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = await this.item(label).catch(() => '');
      if (last.endsWith(state)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`Checklist item “${label}” showed “${last}”, not ${state}`);
  }

  get issueButton(): Locator {
    return this.page.getByRole('button', { name: 'Issue…' });
  }

  /** The section's editable text box (labelled by the section's heading). */
  editor(section: string): Locator {
    return this.page.getByRole('textbox', { name: section, exact: true });
  }

  saveStatus(section: string): Locator {
    return this.page
      .getByRole('region', { name: section, exact: true })
      .getByRole('status')
      .filter({ hasText: /Sav|saved/ });
  }

  /** Types into a section with the keyboard; `**…**` is typed with Ctrl+B on and off. */
  async write(section: string, text: string): Promise<void> {
    const box = this.editor(section);
    await box.focus();
    await expectFocused(box);
    await this.page.keyboard.press('ControlOrMeta+End');
    for (const [i, part] of text.split('**').entries()) {
      if (i > 0) await this.page.keyboard.press('ControlOrMeta+B');
      if (part) await this.page.keyboard.type(part);
    }
  }

  async waitSaved(section: string): Promise<void> {
    await this.page
      .getByRole('region', { name: section, exact: true })
      .getByRole('status')
      .filter({ hasText: /^\s*Saved$/ })
      .waitFor({ timeout: 15_000 });
  }

  async openTab(name: 'Write' | 'Text' | 'Preview'): Promise<void> {
    const tab = this.page.getByRole('tab', { name });
    await tab.focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('tab', { name, selected: true }).waitFor();
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'The letter as it will print' });
  }

  /** The Preview tab, drawn: waits for `text` inside the drawn pages. */
  async showPreview(text: string): Promise<void> {
    await this.openTab('Preview');
    await this.preview.locator('section.docx').first().waitFor({ timeout: 20_000 });
    await this.preview.getByText(text).first().waitFor({ timeout: 20_000 });
    await checkAccessibility(this.page, 'letter: preview');
  }

  async openIssue(): Promise<Locator> {
    await this.issueButton.focus();
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Issue the letter' });
    await dialog.waitFor({ timeout: 15_000 });
    await this.page.waitForTimeout(250);
    await checkAccessibility(this.page, 'dialog: Issue the letter');
    return dialog;
  }

  get issuedNote(): Locator {
    return this.page.getByRole('alert', { name: 'Issued letter' }).or(this.page.getByLabel('Issued letter'));
  }
}
