import type { Page } from 'playwright-core';

export class CasePage {
  constructor(readonly page: Page) {}

  heading(reference: string) {
    return this.page.getByRole('heading', { level: 1, name: reference });
  }

  async waitFor(reference: string): Promise<void> {
    await this.heading(reference).waitFor({ timeout: 15_000 });
  }

  get timeline() {
    return this.page.getByRole('region', { name: 'Calls and contact' });
  }
}
