// Forms as a new officer meets them, at 1366×768 and by keyboard: dates typed the British way
// (dd/mm/yyyy, d/m/yyyy) or picked from the calendar reach the store as the right ISO date; the
// date format is this computer's setting and survives a reload; notices never lie over a dialog's
// buttons; a form's "required" errors clear as soon as each field is put right. Every state is
// checked by axe; screenshots to /tmp/shots12/forms/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import type { CaseDetail } from '../../src/shared/contract/types';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { InvestigationSection } from './pages/InvestigationSection';
import { ComplaintPanel } from './pages/ComplaintPanel';
import { LogCallPage } from './pages/LogCallPage';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { expectFocused, tabTo } from './support/keyboard';

const chromiumPath = findChromium();
const SHOTS = process.env.REDRESS_FORMS_SHOTS ?? '/tmp/shots12/forms';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(!chromiumPath)('forms: dates, notices and errors', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let panel: ComplaintPanel;
  let opened: { id: string; reference: string };

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  async function shot(name: string, { checkFirst = true } = {}): Promise<void> {
    if (checkFirst) await checkAccessibility(page, `screenshot: ${name}`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    if (!checkFirst) await checkAccessibility(page, `screenshot: ${name}`);
  }

  async function openCase(): Promise<void> {
    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    await new CasePage(page).waitFor(opened.reference);
  }

  const editDefinition = () =>
    panel.openDialog(
      panel.definition.getByRole('button', { name: 'Edit', exact: true }),
      'Edit the complaint definition',
    );

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-forms-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    page.setDefaultTimeout(10_000);
    app = new AppPage(page);
    panel = new ComplaintPanel(page);

    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');
    opened = await call('cases.open', { type: 'complaint', summary: 'Damp and mould in the bedroom' });
  });

  afterAll(async () => {
    expect(app?.problems ?? []).toEqual([]);
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes a date typed as d/m/yyyy in a US-English browser as day then month, and stores the ISO date', async () => {
    await openCase();
    const edit = await editDefinition();
    const noticed = panel.field(edit, 'Issue first noticed');
    // The format is shown beside the box.
    await expect(
      edit.getByText('Or when the resident became aware. · Format: dd/mm/yyyy').isVisible(),
    ).resolves.toBe(true);
    await noticed.focus();
    await page.keyboard.type('2/3/2026');
    // Leaving the box writes it out in full: 2 March, not 3 February.
    await page.keyboard.press('Tab');
    await expect(noticed.inputValue()).resolves.toBe('02/03/2026');
    await checkAccessibility(page, 'definition: a date typed d/m/yyyy');
    await panel.saveAndClose(edit);
    await expect
      .poll(
        async () =>
          (await call<CaseDetail>('cases.get', { idOrReference: opened.id })).complaint.issueNoticedOn,
      )
      .toBe('2026-03-02');
  });

  it('picks a date from the calendar by keyboard; Escape closes the calendar, not the dialog', async () => {
    const edit = await editDefinition();
    const noticed = panel.field(edit, 'Issue first noticed');
    await expect(noticed.inputValue()).resolves.toBe('02/03/2026');
    const opener = edit.getByRole('button', { name: 'Pick from a calendar: Issue first noticed' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('dialog', { name: 'Calendar: Issue first noticed' });
    await calendar.waitFor();
    // Focus starts on the day in the box; the week starts on Monday, the days named in English (UK).
    await expectFocused(calendar.getByRole('button', { name: 'Mon 2 Mar 2026' }));
    await expect(calendar.locator('thead th').first().innerText()).resolves.toMatch(/^Mo/);
    await shot('date-field-calendar-open');

    // Escape puts the calendar away and leaves the dialog open.
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    await expect(edit.isVisible()).resolves.toBe(true);

    await opener.focus();
    await page.keyboard.press('Enter');
    await calendar.waitFor();
    await expectFocused(calendar.getByRole('button', { name: 'Mon 2 Mar 2026' }));
    await page.keyboard.press('ArrowDown'); // a week later
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    await expect(noticed.inputValue()).resolves.toBe('09/03/2026');
    await panel.saveAndClose(edit);
    await expect
      .poll(
        async () =>
          (await call<CaseDetail>('cases.get', { idOrReference: opened.id })).complaint.issueNoticedOn,
      )
      .toBe('2026-03-09');
  });

  it('says how to write a date it cannot read, and takes nothing from it', async () => {
    const edit = await editDefinition();
    const noticed = panel.field(edit, 'Issue first noticed');
    await noticed.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('31/02/2026');
    await page.keyboard.press('Tab');
    await edit.getByText('Enter the date as dd/mm/yyyy, or pick it from the calendar').waitFor();
    await expect(noticed.getAttribute('aria-invalid')).resolves.toBe('true');
    await checkAccessibility(page, 'definition: a date that does not exist');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.waitForTimeout(500);
    await expect(edit.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });
    expect((await call<CaseDetail>('cases.get', { idOrReference: opened.id })).complaint.issueNoticedOn).toBe(
      '2026-03-09',
    );
  });

  it('writes dates as this computer is set to, English (US) included, and keeps the choice after a reload', async () => {
    await page.goto(`${host.url.split('#')[0]}#/settings`);
    await app.waitForHeading('Settings');
    const section = page.getByRole('region', { name: 'Dates and language' });
    const uk = section.getByRole('radio', { name: /^English \(UK\)/ });
    const us = section.getByRole('radio', { name: /^English \(US\)/ });
    await expect(uk.isChecked()).resolves.toBe(true);
    await uk.focus();
    await page.keyboard.press('ArrowDown');
    await expect(us.isChecked()).resolves.toBe(true);
    await section.scrollIntoViewIfNeeded();
    await shot('settings-dates-and-language');
    await tabTo(page, section.getByRole('button', { name: 'Save date format' }));
    await page.keyboard.press('Enter');
    await page.getByText('Dates are now written mm/dd/yyyy on this computer').waitFor();
    // The screens are drawn again in the new format; focus comes back to the choice.
    await expectFocused(us);
    await checkAccessibility(page, 'Settings: English (US) saved');
    expect(await call('settings.locale', {})).toEqual({ locale: 'en-US' });

    await page.reload();
    await openCase();
    await expect(panel.definition.innerText()).resolves.toContain('Mon Mar 9 2026');
    const edit = await editDefinition();
    await expect(panel.field(edit, 'Issue first noticed').inputValue()).resolves.toBe('03/09/2026');
    await expect(edit.getByText('Format: mm/dd/yyyy').first().isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });

    // Back to English (UK) for the rest.
    await call('settings.setLocale', { locale: 'en-GB' });
    await page.reload();
    await openCase();
    await expect(panel.definition.innerText()).resolves.toContain('Mon 9 Mar 2026');
  });

  it('keeps notices clear of every button of an open dialog at 1366×768', async () => {
    // Three saves in a row, each with its notice; then a dialog opened while they show.
    // Quickly, as an officer would (no checks between), so the notices pile up.
    for (const area of ['Responsive repairs', 'Damp and mould', 'Responsive repairs']) {
      await panel.definition.getByRole('button', { name: 'Edit', exact: true }).focus();
      await page.keyboard.press('Enter');
      const edit = panel.dialog('Edit the complaint definition');
      await edit.waitFor();
      await panel.chooseOption(edit, 'Service area', area);
      await page.keyboard.press('ControlOrMeta+Enter');
      await edit.waitFor({ state: 'detached' });
    }
    const notices = page.locator('.mantine-Notification-root');
    await expect.poll(() => notices.count()).toBeGreaterThanOrEqual(2);
    await panel.actionButton('Acknowledge the complaint').focus();
    await page.keyboard.press('Enter');
    const dialog = panel.dialog('Acknowledge the complaint');
    await dialog.waitFor();
    await page.waitForTimeout(250); // the fade-in
    const buttons: Locator[] = await dialog.getByRole('button').all();
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    const noticeBoxes = (await Promise.all((await notices.all()).map((n) => n.boundingBox()))).filter(
      (b): b is Box => b !== null,
    );
    expect(noticeBoxes.length).toBeGreaterThanOrEqual(2);
    for (const button of buttons) {
      const box = await button.boundingBox();
      if (!box) continue;
      for (const notice of noticeBoxes)
        expect(overlaps(notice, box), `${await button.innerText()}`).toBe(false);
    }
    // Nor over the header's share status and menu, which stay in reach.
    for (const button of await page.getByRole('banner').getByRole('button').all()) {
      const box = await button.boundingBox();
      for (const notice of noticeBoxes) if (box) expect(overlaps(notice, box)).toBe(false);
    }
    // The dialog's own buttons (Cancel, Acknowledge) are where a person clicks: free to click.
    await dialog.getByRole('button', { name: 'Cancel' }).click({ trial: true, timeout: 2000 });
    await dialog
      .getByRole('button', { name: 'Acknowledge', exact: true })
      .click({ trial: true, timeout: 2000 });
    // The picture first: the notices close after a few seconds, and the gate takes one or two.
    await shot('dialog-with-notices', { checkFirst: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('clears each "required" error on Log a call as soon as its field is filled, before saving again', async () => {
    const call_ = new LogCallPage(page);
    await call_.openByShortcut();
    await call_.saveWithCtrlEnter();
    const summaryError = page.getByText('A summary of the call is required');
    const summary = page.getByRole('textbox', { name: /What was said/ });
    await expect.poll(() => summary.getAttribute('aria-invalid')).toBe('true');
    const classify = page.getByText('Choose what this call is, or “Just log the call”');
    await classify.waitFor();
    await checkAccessibility(page, 'Log a call: saved empty, errors shown');
    await shot('log-call-errors');

    // Typing the summary clears its error at once (focus still in the field); the other stays.
    await summary.focus();
    await page.keyboard.type('Asked when the damp survey will be booked.');
    await expect.poll(() => summary.getAttribute('aria-invalid')).not.toBe('true');
    await expectFocused(summary);
    await expect(summaryError.count()).resolves.toBe(0);
    await expect(classify.isVisible()).resolves.toBe(true);
    await checkAccessibility(page, 'Log a call: summary filled, its error gone');

    await call_.classifyAs('Just log the call');
    await classify.waitFor({ state: 'detached' });
    await checkAccessibility(page, 'Log a call: every error put right');
    await shot('log-call-errors-cleared');
  });

  it("clears an investigation dialog's errors as each field is put right (Add a task)", async () => {
    await openCase();
    const inv = new InvestigationSection(page);
    await inv.waitFor();
    const dialog = await panel.openDialog(
      inv.tasks.getByRole('button', { name: 'Add a task' }),
      'Add a task',
    );
    await dialog.getByRole('button', { name: 'Add the task' }).click();
    const what = dialog.getByRole('textbox', { name: /What must be checked/ });
    await expect.poll(() => what.getAttribute('aria-invalid')).toBe('true');
    const withWhomError = dialog.getByText('Say who it is checked with: a department, contractor or person.');
    await withWhomError.waitFor();
    await checkAccessibility(page, 'Add a task: saved empty, errors shown');

    await what.focus();
    await page.keyboard.type('Get the repair logs');
    await expect.poll(() => what.getAttribute('aria-invalid')).not.toBe('true');
    await expectFocused(what);
    await expect(dialog.getByText('Say what must be checked.').count()).resolves.toBe(0);
    await expect(withWhomError.isVisible()).resolves.toBe(true);
    await checkAccessibility(page, 'Add a task: one field put right');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
