// The "Learning" section of a complaint's case page and the Service improvements screen, used by
// keyboard: each control reached with Tab, each dialog and saved state checked by axe.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';
import { tabTo } from '../support/keyboard';

/** A Mantine select's input, whichever role this version gives it. */
const selectBox = (scope: Locator, name: string) =>
  scope.getByRole('textbox', { name }).or(scope.getByRole('combobox', { name }));

/** Picks `option` in a searchable select by keyboard: type to filter, arrow down to it, Enter. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select, { max: 60 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(option);
  await page.getByRole('option', { name: option, exact: true }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(([el, want]) => (el as HTMLInputElement).value === want, [
    await select.elementHandle(),
    option,
  ] as const);
}

export class LearningSection {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Learning', exact: true });
  }

  async waitFor(): Promise<void> {
    await this.region.getByRole('button', { name: 'Save learning' }).waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'case page: Learning');
  }

  async recordLearning(options: { rootCause: string; lesson: string }): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Learning from this complaint' });
    await choose(this.page, selectBox(form, 'Root cause'), options.rootCause);
    await tabTo(this.page, form.getByRole('textbox', { name: 'Lesson learned' }));
    await this.page.keyboard.type(options.lesson);
    await tabTo(this.page, form.getByRole('button', { name: 'Save learning' }));
    await this.page.keyboard.press('Enter');
    await this.page.getByText('Learning saved.').waitFor();
    await checkAccessibility(this.page, 'case page: learning saved');
  }

  /** "Add an improvement" in place: the dialog, filled by keyboard; the case is linked to it. */
  async addImprovement(options: { title: string; owner: string; youSaid: string }): Promise<void> {
    await tabTo(this.page, this.region.getByRole('button', { name: 'Add an improvement' }), { max: 60 });
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Add a service improvement' });
    await dialog.waitFor();
    await checkAccessibility(this.page, 'dialog: Add a service improvement');
    await this.page.keyboard.type(options.title); // the title has focus on arrival
    await tabTo(this.page, dialog.getByRole('textbox', { name: 'Owner' }));
    await this.page.keyboard.type(options.owner);
    await tabTo(this.page, dialog.getByRole('textbox', { name: 'You said' }));
    await this.page.keyboard.type(options.youSaid);
    await tabTo(this.page, dialog.getByRole('button', { name: 'Add the improvement' }));
    await this.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await this.page.getByText('Added and linked to this case.').waitFor();
    await this.linked.getByText(options.title).waitFor();
    await checkAccessibility(this.page, 'case page: improvement linked');
  }

  get linked() {
    return this.region.getByRole('list', { name: 'Linked service improvements' });
  }

  async recordSatisfaction(options: { handling: number; outcome: number; comment: string }): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Satisfaction after closure' });
    for (const [group, score] of [
      ['Satisfaction with how the complaint was handled', options.handling],
      ['Satisfaction with the outcome', options.outcome],
    ] as const) {
      const radios = form.getByRole('radiogroup', { name: group });
      await tabTo(this.page, radios.getByRole('radio').first(), { max: 60 });
      // Arrow keys move the choice within the group, as a radio group should.
      for (let i = 1; i < score; i++) await this.page.keyboard.press('ArrowRight');
      await this.page.keyboard.press('Space');
    }
    await tabTo(this.page, form.getByRole('textbox', { name: 'What the resident said' }));
    await this.page.keyboard.type(options.comment);
    await tabTo(this.page, form.getByRole('button', { name: 'Record satisfaction' }));
    await this.page.keyboard.press('Enter');
    await this.page.getByText('Satisfaction recorded.').waitFor();
    await form.getByRole('button', { name: 'Update satisfaction' }).waitFor();
    await checkAccessibility(this.page, 'case page: satisfaction recorded');
  }
}

export class ImprovementsScreen {
  constructor(readonly page: Page) {}

  get table() {
    return this.page.getByRole('table');
  }

  row(title: string) {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** Through the navigation link, by keyboard. */
  async openFromNavigation(): Promise<void> {
    await tabTo(this.page, this.page.getByRole('link', { name: 'Service improvements' }), { max: 80 });
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: 'Service improvements' }).waitFor();
    await this.table.waitFor();
    await checkAccessibility(this.page, 'screen: Service improvements');
  }

  async markDone(title: string, weDid: string): Promise<void> {
    await tabTo(this.page, this.row(title).getByRole('button', { name: `Edit ${title}` }), { max: 80 });
    await this.page.keyboard.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: 'Edit the service improvement' });
    await dialog.waitFor();
    await checkAccessibility(this.page, 'dialog: Edit the service improvement');
    await choose(this.page, selectBox(dialog, 'Status'), 'Done');
    await tabTo(this.page, dialog.getByRole('textbox', { name: 'We did' }));
    await this.page.keyboard.type(weDid);
    await tabTo(this.page, dialog.getByRole('button', { name: 'Save the improvement' }));
    await this.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await this.row(title).getByText('Done', { exact: true }).waitFor();
    await checkAccessibility(this.page, 'screen: Service improvements, one done');
  }
}
