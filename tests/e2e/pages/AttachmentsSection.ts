// The case page's Attachments section: choose files with the picker (by keyboard), drop one on the
// drop zone, give it a caption and a point, attach, and read what the list shows.
import type { Page } from 'playwright-core';
import { checkAccessibility } from '../support/accessibility';

export interface FileToAttach {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class AttachmentsSection {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Attachments' });
  }

  /** Focuses "Choose files…" and presses Enter, answering the system's file picker with `files`. */
  async chooseByKeyboard(files: FileToAttach[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.region.getByRole('button', { name: 'Choose files…' }).focus();
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(files);
    await this.waiting(files[0]!.name).waitFor({ timeout: 15_000 });
  }

  /** Drops files on the drop zone as a file manager would. */
  async drop(files: FileToAttach[]): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (list) => {
        const dt = new DataTransfer();
        for (const f of list)
          dt.items.add(new File([Uint8Array.from(f.bytes)], f.name, { type: f.mimeType }));
        return dt;
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })),
    );
    const zone = this.page.getByTestId('attachment-drop-zone');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await this.waiting(files[0]!.name).waitFor({ timeout: 15_000 });
  }

  /** A chosen file waiting to be attached. */
  waiting(name: string) {
    return this.region
      .getByRole('list', { name: 'Files to attach' })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  async caption(name: string, caption: string): Promise<void> {
    await this.waiting(name).getByRole('textbox', { name: 'Caption' }).fill(caption);
  }

  async point(name: string, label: string): Promise<void> {
    const item = this.waiting(name);
    await item
      .getByRole('textbox', { name: 'Point of complaint' })
      .or(item.getByRole('combobox', { name: 'Point of complaint' }))
      .click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async attach(count: number): Promise<void> {
    await this.region
      .getByRole('button', { name: count === 1 ? 'Attach 1 file' : `Attach ${count} files` })
      .click();
    await this.region
      .getByRole('list', { name: 'Files to attach' })
      .waitFor({ state: 'detached', timeout: 15_000 });
    await checkAccessibility(this.page, 'case page: files attached');
  }

  /** An attached file in the list. */
  item(name: string) {
    return this.region.getByRole('list', { name: 'Attached files' }).getByRole('listitem', { name });
  }
}
