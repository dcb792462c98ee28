// A complaint through both stages of the Complaint Handling Code, in the real renderer served by
// the local host, by keyboard: log the first call as a complaint, define it, acknowledge, flag a
// health and safety risk, extend, try the resident, decide, respond, escalate, acknowledge stage 2
// with a different officer (the stage 1 handler is refused), give the final response and close.
// Along the way it becomes a group complaint (a neighbour from the demo data joins it) and the issue
// turns out to predate the 12-month complaint window, which the definition then points out.
// Each step checks what the panel shows (status, the Code's dates) against the working-day calendar.
//
// The second officer comes from the demo data (Welcome → Add demo data): no screen adds a colleague,
// and people.setUpOfficer would change who is using this computer. One check calls the local host's
// API directly: that the main side itself refuses the stage 1 handler, which the screen never sends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFor } from '../../src/main/calendars';
import { addWorkingDays, todayIso } from '../../src/shared/complaints/calendar';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { SURNAMES } from '../../src/main/demo/vocabulary';
import type { ResidentSummary } from '../../src/shared/contract/types';
import { formatIsoDate } from '../../src/renderer/src/ui/dates';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { COMPLAINT_SHOTS, ComplaintPanel } from './pages/ComplaintPanel';
import { LogCallPage } from './pages/LogCallPage';
import { WelcomePage } from './pages/WelcomePage';
import { typedDate } from './support/dates';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { expectFocused } from './support/keyboard';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const OFFICER = 'Priya Shah';
const RESIDENT = {
  name: 'Adaeze Whitfield-Nnamdi',
  phone: '07700 900456',
  addressLine1: '3 Cable Street',
  postcode: 'E1 8JG',
};
const SUMMARY =
  'Repairs to the bathroom extractor fan have been missed three times; mould is back. Unhappy with the service.';
const POINT = 'Three repair appointments were missed without any warning.';
const OUTCOME = 'An apology, a fixed date for the repair and compensation for the time off work.';

const cal = calendarFor(CODE_POLICY);
const today = todayIso(new Date());
const day = (n: number, from = today) => addWorkingDays(cal, from, n);
const shown = formatIsoDate;
/** The same calendar date `months` earlier. */
const monthsBefore = (months: number, from = today) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'A complaint through both stages' : `Complaint lifecycle (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    let panel: ComplaintPanel;
    let reference = '';

    /** The local host's API, for the one check the screen deliberately cannot make. */
    async function rpc(
      procedure: string,
      input: unknown,
    ): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
      const url = new URL(host.url);
      const token = new URLSearchParams(url.hash.replace(/^#/, '')).get('token');
      const response = await fetch(`${url.origin}/rpc`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ procedure, input }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    }

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-complaint-'));
      host = new TestHost(dataDir);
      await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
      page.setDefaultTimeout(10_000);
      app = new AppPage(page);
      panel = new ComplaintPanel(page);
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('sets up the officer with demo data, so there are colleagues to hand stage 2 to', async () => {
      await app.open(host.url);
      const welcome = new WelcomePage(page);
      await welcome.setUpOfficer(OFFICER);
      const add = page.getByRole('button', { name: 'Add demo data' });
      await add.waitFor({ timeout: 15_000 });
      await add.focus();
      await page.keyboard.press('Enter');
      const start = page.getByRole('button', { name: 'Start using Redress' });
      await start.waitFor({ timeout: 60_000 });
      await start.focus();
      await page.keyboard.press('Enter');
      await app.waitForHeading('My work');
    });

    it('logs the first call from a resident as a complaint and opens the case', async () => {
      const call = new LogCallPage(page);
      await call.openByShortcut();
      await call.createNewResident(RESIDENT.name, RESIDENT);
      await call.typeSummary(SUMMARY);
      await call.classifyAs('Complaint');
      await call.saveWithCtrlEnter();
      reference = await call.savedCaseReference();
      await call.openSavedCase();
      await new CasePage(page).waitFor(reference);

      await panel.region.waitFor({ timeout: 15_000 });
      await panel.waitForFact('Status', 'Open — awaiting acknowledgement');
      expect(await panel.factText('Received')).toBe(shown(today));
      expect(await panel.factText('Acknowledge by')).toBe(shown(day(5)));
      expect(await panel.factText('Respond by')).toBe(shown(day(15)));
      expect(await panel.factText('Next deadline')).toContain(`Acknowledge (stage 1) by ${shown(day(5))}`);
      expect(await panel.factText('Next deadline')).toMatch(/On track · \d+ working days left/);
      expect(await panel.actionNames()).toEqual([
        'Acknowledge the complaint',
        'Close the case',
        'Do not accept as a complaint',
        'Record a withdrawal',
        'Hand to another officer',
        'Merge into another case',
      ]);
      await panel.screenshot('01-complaint-logged');
    });

    it('adds a point of complaint with the outcome the resident seeks', async () => {
      const dialog = await panel.openDialog(
        panel.definition.getByRole('button', { name: 'Add a point' }),
        'Add a point of complaint',
      );
      await panel.expectFocusedField(dialog, 'The point, in the resident’s words');
      await page.keyboard.type(POINT);
      await page.keyboard.press('Tab');
      await expectFocused(panel.field(dialog, 'Outcome the resident seeks'));
      await page.keyboard.type(OUTCOME);
      // Tab into "Is that outcome possible?" and arrow to "Partly".
      await page.keyboard.press('Tab');
      await expectFocused(dialog.getByRole('radio', { name: 'Yes' }));
      await page.keyboard.press('ArrowRight');
      await expect(dialog.getByRole('radio', { name: 'Partly' }).isChecked()).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Compensation depends on the panel; the repair and apology can happen now.');
      await panel.screenshot('02-add-point');
      await panel.saveAndClose(dialog);

      const card = panel.pointCard(1);
      await card.waitFor();
      await expect(card.getByText(POINT, { exact: false }).isVisible()).resolves.toBe(true);
      await expect(card.getByText(OUTCOME).isVisible()).resolves.toBe(true);
      await expect(card.getByText('No decision yet').isVisible()).resolves.toBe(true);
    });

    it('notes an issue older than the complaint window, and adds a neighbour to a group complaint', async () => {
      // Issue first noticed 13 months before the complaint (received today): outside the Code's window.
      const noticed = monthsBefore(13);
      const edit = await panel.openDialog(
        panel.definition.getByRole('button', { name: 'Edit', exact: true }),
        'Edit the complaint definition',
      );
      await panel.setDate(edit, 'Issue first noticed', noticed);
      await panel.saveAndClose(edit);
      await panel.windowNote.waitFor();
      await expect(
        panel.windowNote
          .getByText(`first noticed on ${shown(noticed)}, more than 12 months before`, {
            exact: false,
          })
          .isVisible(),
      ).resolves.toBe(true);

      // The same ground is shown where the officer would decline the complaint.
      const decline = await panel.openAction('Do not accept as a complaint');
      await decline.getByRole('note').filter({ hasText: 'Older than the complaint window' }).waitFor();
      await page.keyboard.press('Escape');
      await decline.waitFor({ state: 'detached' });

      // Not a group complaint yet: the case's resident is the nominated contact.
      const group = panel.groupComplaint;
      await expect(group.getByText(`Nominated contact: ${RESIDENT.name}`).isVisible()).resolves.toBe(true);
      await expect(group.getByText('Only the nominated contact is complaining.').isVisible()).resolves.toBe(
        true,
      );

      // A neighbour from the demo data signs the petition.
      let neighbour: ResidentSummary | undefined;
      for (const surname of SURNAMES) {
        const found = (await rpc('residents.find', { query: surname, limit: 1 })) as {
          value: ResidentSummary[];
        };
        neighbour = found.value[0];
        if (neighbour) break;
      }
      expect(neighbour).toBeDefined();
      const add = await panel.openDialog(
        group.getByRole('button', { name: 'Add a resident to this complaint' }),
        'Add a resident to this complaint',
      );
      await panel.expectFocusedField(add, 'Resident to add');
      // The nominated contact is listed but cannot be picked again.
      await page.keyboard.type('Whitfield');
      const self = page.getByRole('option', { name: new RegExp(`^${RESIDENT.name}`) });
      await self.waitFor();
      expect(await self.getAttribute('data-combobox-disabled')).not.toBeNull();
      await expect(self.getByText('The nominated contact').isVisible()).resolves.toBe(true);
      await panel.field(add, 'Resident to add').fill('');

      const option = await panel.findResident(
        add,
        'Resident to add',
        neighbour!.name,
        new RegExp(`^${neighbour!.name}`),
      );
      await panel.screenshot('group-add');
      await expect(option.getAttribute('data-combobox-selected')).resolves.not.toBeNull();
      await page.keyboard.press('Enter');
      await expect(panel.field(add, 'Resident to add').inputValue()).resolves.toBe(neighbour!.name);
      await panel.saveAndClose(add);

      const listed = group.getByRole('list', { name: 'Also complaining (1)' });
      await listed.waitFor();
      expect(await listed.getByRole('listitem').allInnerTexts()).toEqual([neighbour!.name]);
      await expect(group.getByText(`Nominated contact: ${RESIDENT.name}`).isVisible()).resolves.toBe(true);
      // The definition as the officer now sees it, the window note above the group (toasts hidden).
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = (await panel.definition.boundingBox())!;
      // Hidden through the CSSOM, not Playwright's `style` option: that injects a <style> element,
      // which the page's Content Security Policy (no inline styles without its nonce) refuses.
      const toasts = (display: string) =>
        page.evaluate((value) => {
          for (const el of document.querySelectorAll<HTMLElement>('.mantine-Notifications-root'))
            el.style.setProperty('display', value, value ? 'important' : '');
        }, display);
      await toasts('none');
      await page.screenshot({
        path: join(COMPLAINT_SHOTS, 'complaint-group.png'),
        fullPage: true,
        clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 },
      });
      await toasts('');
    });

    it('acknowledges the complaint by phone, handled by the officer', async () => {
      const dialog = await panel.openAction('Acknowledge the complaint');
      await panel.expectFocusedField(dialog, 'Date acknowledged');
      expect(await panel.field(dialog, 'Date acknowledged').inputValue()).toBe(typedDate(today));
      await expect(panel.field(dialog, 'How the resident was told').inputValue()).resolves.toBe('Phone');
      await expect(panel.field(dialog, 'Handler for stage 1').inputValue()).resolves.toBe(`${OFFICER} (you)`);
      await panel.screenshot('03-acknowledge');
      await panel.saveAndClose(dialog);

      await panel.waitForFact('Status', /^Stage 1$/);
      expect(await panel.factText('Handler')).toBe(`Stage 1: ${OFFICER}`);
      expect(await panel.factText('Acknowledge by')).toContain(`Acknowledged ${shown(today)}`);
      expect(await panel.factText('Respond by')).toBe(shown(day(10)));
      expect(await panel.factText('Latest with extension')).toBe(shown(day(20)));
      expect(await panel.factText('Next deadline')).toContain(`Respond (stage 1) by ${shown(day(10))}`);
    });

    it('flags a health and safety risk, naming who was told and when', async () => {
      const dialog = await panel.openDialog(
        panel.region.getByRole('button', { name: 'Flag a health and safety risk' }),
        'Health and safety risk',
      );
      await panel.expectFocusedField(dialog, 'What is the risk?');
      await page.keyboard.type('Black mould over the baby’s cot; the resident has asthma.');
      await panel.typeInto(dialog, 'Who was told', 'Dan Hughes, Head of Repairs');
      await panel.screenshot('04-health-and-safety');
      await panel.saveAndClose(dialog);
      const alert = panel.region.getByRole('alert').filter({ hasText: 'Health and safety risk' });
      await alert.waitFor();
      await expect(
        alert.getByText('Referred to Dan Hughes, Head of Repairs on', { exact: false }).isVisible(),
      ).resolves.toBe(true);
    });

    it('extends the deadline within the Code’s limit, after being told the limit', async () => {
      const dialog = await panel.openAction('Extend the stage 1 deadline');
      await panel.expectFocusedField(dialog, 'New response date');
      // One working day beyond the limit, with no exceptional reason: refused, with the limit named.
      await panel.setDate(dialog, 'New response date', day(21));
      await panel.typeInto(
        dialog,
        'Reason for the extension',
        'The contractor’s report on the fan is not back yet.',
      );
      await page.keyboard.press('ControlOrMeta+Enter');
      const exceptional = panel.field(dialog, 'Exceptional reason');
      await expectFocused(exceptional);
      await expect(
        dialog.getByText(`Going beyond ${shown(day(20))} needs an exceptional reason.`).isVisible(),
      ).resolves.toBe(true);
      await panel.screenshot('05-extend-beyond-limit');

      await panel.setDate(dialog, 'New response date', day(15));
      expect(await panel.field(dialog, 'Date the resident was told').inputValue()).toBe(typedDate(today));
      await panel.saveAndClose(dialog);

      await panel.waitForFact('Respond by', `Extended to ${shown(day(15))}`);
      expect(await panel.factText('Next deadline')).toContain(`Respond (stage 1) by ${shown(day(15))}`);
      await panel.extensions.waitFor();
      await expect(
        panel.extensions.getByText('The contractor’s report on the fan is not back yet.').isVisible(),
      ).resolves.toBe(true);
    });

    it('records a contact attempt before the response', async () => {
      const dialog = await panel.openDialog(
        panel.contactAttempts.getByRole('button', { name: 'Record a contact attempt' }),
        'Record a contact attempt',
      );
      await expectFocused(dialog.getByRole('radio', { name: 'Spoke to the resident' }));
      await page.keyboard.press('ArrowDown');
      await expect(dialog.getByRole('radio', { name: 'No answer' }).isChecked()).resolves.toBe(true);
      await panel.typeInto(dialog, 'Note', 'Rang the mobile at lunchtime; no voicemail.');
      await panel.saveAndClose(dialog);
      const row = panel.contactAttempts.getByRole('row').filter({ hasText: 'No answer' });
      await row.waitFor();
      await expect(row.getByText('Rang the mobile at lunchtime; no voicemail.').isVisible()).resolves.toBe(
        true,
      );
      await expect(row.getByText(OFFICER).isVisible()).resolves.toBe(true);
    });

    it('will not respond while a point is undecided, and says why', async () => {
      const dialog = await panel.openAction('Issue the stage 1 response');
      await expect(
        dialog.getByText('1 point of complaint still needs a decision.', { exact: false }).isVisible(),
      ).resolves.toBe(true);
      await page.keyboard.press('ControlOrMeta+Enter');
      const refusal = dialog
        .getByRole('alert')
        .filter({ hasText: 'Record a decision on every point of complaint' });
      await refusal.waitFor({ timeout: 15_000 });
      // Still open, as typed.
      await expect(dialog.isVisible()).resolves.toBe(true);
      await panel.screenshot('06-respond-refused');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });

    it('decides the point with reasons', async () => {
      const card = panel.pointCard(1);
      await panel.chooseOption(card, 'Decision', 'Partly upheld');
      await panel.typeInto(
        card,
        'Reasons',
        'Two of the three appointments were missed by our contractor (repairs policy 4.2).',
      );
      await page.keyboard.press('ControlOrMeta+Enter');
      await card.getByText('Partly upheld', { exact: true }).first().waitFor();
      await expect(card.getByRole('button', { name: 'Save decision' }).isDisabled()).resolves.toBe(true);
      await panel.screenshot('07-point-decided');
    });

    it('issues the stage 1 response', async () => {
      const dialog = await panel.openAction('Issue the stage 1 response');
      await panel.expectFocusedField(dialog, 'Date the response was sent');
      await panel.saveAndClose(dialog);
      await panel.waitForFact('Status', /^Stage 1 response issued$/);
      expect(await panel.factText('Respond by')).toContain(`Responded ${shown(today)}`);
      expect(await panel.factText('Next deadline')).toBe('Nothing due');
      expect(await panel.actionNames()).toEqual([
        'Escalate to stage 2',
        'Close the case',
        'Hand to another officer',
      ]);
    });

    it('escalates to stage 2 at the resident’s request', async () => {
      const dialog = await panel.openAction('Escalate to stage 2');
      await panel.expectFocusedField(dialog, 'Date the resident asked to escalate');
      await panel.typeInto(dialog, 'What the resident is still unhappy about', 'No compensation offered.');
      await panel.saveAndClose(dialog);
      await panel.waitForFact('Status', /^Escalation requested$/);
      expect(await panel.factText('Acknowledge stage 2 by')).toBe(shown(day(5)));
      expect(await panel.factText('Next deadline')).toContain(`Acknowledge (stage 2) by ${shown(day(5))}`);
      await panel.screenshot('08-escalated');
    });

    it('refuses the stage 1 handler for stage 2, then acknowledges with a different officer', async () => {
      const dialog = await panel.openAction('Acknowledge stage 2');
      const handler = panel.field(dialog, 'Handler for stage 2');
      // The stage 1 handler is not offered as the default, and cannot be picked.
      await expect(handler.inputValue()).resolves.toBe('');
      await page.keyboard.press('ControlOrMeta+Enter');
      await dialog
        .getByText(`Choose someone other than ${OFFICER}: the Code requires a different person at stage 2.`)
        .waitFor();
      await expectFocused(handler);
      await panel.screenshot('09-stage2-handler-refused');
      await page.keyboard.press('ArrowDown');
      const stage1Option = page.getByRole('option', { name: `${OFFICER} (you) — handled stage 1` });
      await stage1Option.waitFor();
      expect(await stage1Option.getAttribute('data-combobox-disabled')).not.toBeNull();
      await panel.screenshot('09-stage2-handler-options');

      // The main side refuses it too, in the same words, if anything ever sends it.
      const status = (await rpc('app.status', {})) as { value: { me: { id: string } } };
      const detail = (await rpc('cases.get', { idOrReference: reference })) as {
        value: { case: { id: string } };
      };
      const direct = await rpc('cases.command', {
        id: detail.value.case.id,
        command: { kind: 'acknowledge', on: today, how: 'phone', handlerId: status.value.me.id },
      });
      expect(direct.ok).toBe(false);
      expect(direct.error?.message).toBe(
        'Stage 2 must be handled by someone other than the stage 1 handler.',
      );

      const chosen = await panel.chooseOption(dialog, 'Handler for stage 2', /^(?!Priya Shah)/);
      expect(chosen).not.toContain(OFFICER);
      await panel.saveAndClose(dialog);

      await panel.waitForFact('Status', /^Stage 2$/);
      expect(await panel.factText('Handler')).toBe(`Stage 1: ${OFFICER} Stage 2: ${chosen}`);
      expect(await panel.factText('Respond (stage 2) by')).toBe(shown(day(20)));
      expect(await panel.factText('Latest with extension')).toBe(shown(day(40)));
      expect(await panel.factText('Next deadline')).toContain(`Respond (stage 2) by ${shown(day(20))}`);
      await panel.screenshot('10-stage2');
    });

    it('issues the final response and closes the case', async () => {
      let dialog = await panel.openAction('Issue the final response');
      await expect(
        dialog.getByText('how to take the complaint to the Housing Ombudsman', { exact: false }).isVisible(),
      ).resolves.toBe(true);
      await panel.saveAndClose(dialog);
      await panel.waitForFact('Status', /^Final response issued$/);
      expect(await panel.actionNames()).toEqual(['Close the case', 'Hand to another officer']);

      // The risk has been dealt with: clear the flag.
      dialog = await panel.openDialog(
        panel.region.getByRole('button', { name: 'Clear the flag' }),
        'Clear the health and safety flag?',
      );
      await panel.saveAndClose(dialog);
      await panel.region.getByRole('alert').waitFor({ state: 'detached' });
      await panel.screenshot('11-final-response');

      dialog = await panel.openAction('Close the case');
      await panel.expectFocusedField(dialog, 'Date closed');
      await panel.typeInto(dialog, 'Closing note', 'Repair done; £150 paid for the missed appointments.');
      await panel.saveAndClose(dialog);
      await panel.waitForFact('Status', 'Closed — Resolved');
      expect(await panel.factText('Closed')).toBe(shown(today));
      expect(await panel.factText('Status')).toBe('Closed — Resolved (reached stage 2)');
      expect(await panel.factText('Final response')).toBe(shown(today));
      expect(await panel.factText('Closing note')).toBe(
        'Repair done; £150 paid for the missed appointments.',
      );
      expect(await panel.actionNames()).toEqual(['Reopen the case']);
      await panel.screenshot('12-closed');
      expect(app.problems).toEqual([]);
    });
  },
);
