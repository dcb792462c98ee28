import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class CasePage {
  constructor(readonly page: Page) {}

  heading(reference: string) {
    return this.page.getByRole('heading', { level: 1, name: reference });
  }

  async waitFor(reference: string): Promise<void> {
    await this.heading(reference).waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, `case page ${reference}`);
  }

  get timeline() {
    return this.page.getByRole('region', { name: 'Calls and contact' });
  }
}

/** Triage on the case page: change the type with the "Case type" select and "Change type". */
export async function changeCaseType(page: Page, label: string): Promise<void> {
  const triage = page.getByRole('region', { name: 'Triage' });
  await triage
    .getByRole('textbox', { name: 'Case type' })
    .or(triage.getByRole('combobox', { name: 'Case type' }))
    .click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await triage.getByRole('button', { name: 'Change type' }).click();
  await page
    .getByText(new RegExp(`is now an? ${label.toLowerCase()}\\.`))
    .first()
    .waitFor({ timeout: 15_000 });
  await checkAccessibility(page, `case page: type changed to ${label}`);
}
