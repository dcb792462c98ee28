// Settings → Audit (check the audit trail, a person's activity) and the case page's access log.
import type { Locator, Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export class AuditSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Audit' });
  }

  /** Runs "Check the audit trail" from the keyboard; returns the answer's text. */
  async check(): Promise<{ intact: boolean; text: string }> {
    const button = this.region.getByRole('button', { name: 'Check the audit trail' });
    await button.waitFor({ timeout: 15_000 });
    await button.focus();
    await this.page.keyboard.press('Enter');
    const intact = this.region.getByRole('status').filter({ hasText: 'The audit trail is intact' });
    const broken = this.region.getByRole('alert').filter({ hasText: 'tampered with or damaged' });
    await intact.or(broken).waitFor({ timeout: 30_000 });
    await checkAccessibility(this.page, 'Settings: audit trail checked');
    const ok = await intact.isVisible();
    return { intact: ok, text: (await (ok ? intact : broken).textContent()) ?? '' };
  }

  /** Chooses a colleague by typing their name; returns the activity rows' "What" cells, newest first. */
  async activityOf(name: string): Promise<string[]> {
    // Mantine's searchable select: a textbox or a combobox, by version.
    const select = this.region
      .getByRole('textbox', { name: 'Colleague' })
      .or(this.region.getByRole('combobox', { name: 'Colleague' }));
    await select.focus();
    await this.page.keyboard.type(name);
    await this.page.getByRole('option', { name, exact: true }).waitFor();
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    const table = this.region.getByRole('table', { name: `Activity of ${name}, newest first` });
    await table.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, `Settings: activity of ${name}`);
    return table.locator('tbody tr td:nth-child(2)').allTextContents();
  }
}

export class CaseAccessLog {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Who viewed this case' });
  }

  /** Opens the access log; returns its rows as "Who: What". */
  async open(): Promise<string[]> {
    const toggle = this.region.getByRole('button', { name: /^Who viewed this case/ });
    await toggle.focus();
    await this.page.keyboard.press('Enter');
    const table = this.region.getByRole('table', { name: 'Who viewed this case, newest first' });
    await table.waitFor({ timeout: 15_000 });
    await checkAccessibility(this.page, 'case page: who viewed this case');
    const rows = await table.locator('tbody tr').all();
    return Promise.all(
      rows.map(
        async (r) =>
          `${await r.locator('td').nth(1).textContent()}: ${await r.locator('td').nth(2).textContent()}`,
      ),
    );
  }
}
