// The investigation workspace on a case page: findings per point, case notes with corrections, and
// investigation tasks. Driven by keyboard through the complaint panel's dialog helpers (focus,
// Enter, type, Tab, arrows, Ctrl+Enter to save); every dialog and state is checked by axe.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { COMPLAINT_SHOTS, ComplaintPanel } from './ComplaintPanel';

export class InvestigationSection {
  readonly panel: ComplaintPanel;
  constructor(readonly page: Page) {
    this.panel = new ComplaintPanel(page);
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Investigation', exact: true });
  }

  point(n: number): Locator {
    return this.region.getByRole('article', { name: `Point ${n}` });
  }

  evidence(n: number): Locator {
    return this.point(n).getByRole('list', { name: `Evidence for point ${n}` });
  }

  get notes(): Locator {
    return this.region.getByRole('region', { name: 'Case notes' });
  }

  get tasks(): Locator {
    return this.region.getByRole('region', { name: 'Investigation tasks' });
  }

  async waitFor(): Promise<void> {
    await this.region.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'case page: investigation');
  }

  async recordFindings(n: number, findings: string, basis: string): Promise<void> {
    const dialog = await this.panel.openDialog(
      this.point(n).getByRole('button', { name: new RegExp(`^(Record|Edit) findings on point ${n}$`) }),
      `Findings on point ${n}`,
    );
    await this.panel.expectFocusedField(dialog, 'Findings');
    await this.page.keyboard.type(findings);
    await this.page.keyboard.press('Tab');
    await this.panel.expectFocusedField(dialog, 'Basis');
    await this.page.keyboard.type(basis);
    await this.panel.saveAndClose(dialog);
    await this.point(n).getByText(findings).waitFor({ timeout: 15_000 });
  }

  async addNote(text: string, about?: RegExp): Promise<void> {
    const dialog = await this.panel.openDialog(
      this.notes.getByRole('button', { name: 'Add a note' }),
      'Add a note',
    );
    await this.panel.expectFocusedField(dialog, 'Note');
    await this.page.keyboard.type(text);
    if (about) await this.panel.chooseOption(dialog, 'About', about);
    await this.panel.saveAndClose(dialog);
    await this.notes.getByText(text, { exact: true }).waitFor({ timeout: 15_000 });
  }

  /** Corrects the note starting `original` (the dialog starts from its words) with `corrected`. */
  async correctNote(original: string, corrected: string): Promise<Locator> {
    const dialog = await this.panel.openDialog(
      this.notes.getByRole('button', { name: `Correct the note: ${original.slice(0, 40)}` }),
      'Correct a note',
    );
    await this.panel.expectFocusedField(dialog, 'Corrected note');
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(corrected);
    return dialog;
  }

  async addTask(task: { what: string; withWhom: string; due: string; assignee: string; about: RegExp }) {
    const dialog = await this.panel.openDialog(
      this.tasks.getByRole('button', { name: 'Add a task' }),
      'Add a task',
    );
    await this.panel.expectFocusedField(dialog, 'What must be checked');
    await this.page.keyboard.type(task.what);
    await this.page.keyboard.press('Tab');
    await this.panel.expectFocusedField(dialog, 'With whom');
    await this.page.keyboard.type(task.withWhom);
    await this.panel.setDate(dialog, 'Due', task.due);
    await this.panel.chooseOption(dialog, 'Assigned to', task.assignee);
    await this.panel.chooseOption(dialog, 'About', task.about);
    return dialog;
  }

  async markDone(what: string, answer: string): Promise<Locator> {
    const dialog = await this.panel.openDialog(
      this.tasks.getByRole('button', { name: `Mark done: ${what.slice(0, 40)}` }),
      'Mark the task done',
    );
    await this.panel.expectFocusedField(dialog, 'Answer');
    await this.page.keyboard.type(answer);
    return dialog;
  }

  /** The whole page (the header stays put over an element shot); the window while a dialog is open. */
  async screenshot(name: string): Promise<string> {
    await checkAccessibility(this.page, `screenshot: investigation-${name}`);
    mkdirSync(COMPLAINT_SHOTS, { recursive: true });
    const path = join(COMPLAINT_SHOTS, `investigation-${name}.png`);
    if ((await this.page.getByRole('dialog').count()) > 0) await this.page.screenshot({ path });
    else await this.page.screenshot({ path, fullPage: true });
    return path;
  }
}
