// Drafting and issuing a letter in the window, by keyboard, in the real renderer served by the
// local host under its real Content Security Policy: from a complaint at stage 1 with its points
// decided, a stage 1 response is drafted; the Code's checklist refuses it ("The remedy offered"
// missing) until "Putting things right" is written in the rich-text editor; when another computer
// empties that section the main side's refusal names the item; the preview draws the real DOCX
// (the resident's name in it) with no policy violation; issuing freezes it and the case records
// the stage 1 response on its date. Each state is checked by axe; screenshots go to
// /tmp/redress-shots (letters-*.png) to be looked at.
//
// The complaint is set up through the local host's API: the complaint lifecycle's own e2e drives
// those screens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import type { LocalHost } from '../../src/main/host/localHost';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/shared/complaints/calendar';
import { formatIsoDate } from '../../src/renderer/src/ui/dates';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { ComplaintPanel } from './pages/ComplaintPanel';
import { LetterScreen, LettersSection } from './pages/LetterPages';
import { WelcomePage } from './pages/WelcomePage';
import { shot } from './pages/WorkPages';
import { checkAccessibility } from './support/accessibility';
import { typedDate } from './support/dates';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { signedInPerson, signInAgain } from './support/signIn';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const OFFICER = 'Priya Shah';
const RESIDENT = 'Siân Llŷr';
const REMEDY = 'Putting things right';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'Drafting and issuing a letter' : `Letters (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let local: LocalHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    let reference = '';
    let caseId = '';
    let letterId = '';
    const today = todayIso(new Date());

    async function rpc<T>(procedure: string, input: unknown): Promise<T> {
      const url = new URL(host.url);
      const token = new URLSearchParams(url.hash.replace(/^#/, '')).get('token');
      const response = await fetch(`${url.origin}/rpc`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ procedure, input }),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${procedure}: ${result.error?.message}`);
      return result.value as T;
    }

    const violations = (): Promise<Violation[]> =>
      page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-letters-'));
      host = new TestHost(dataDir);
      local = await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
      page.setDefaultTimeout(10_000);
      // Every Content Security Policy violation, as the browser reports it, from the first script on.
      await page.addInitScript(() => {
        const seen: Violation[] = [];
        (window as unknown as { __violations: Violation[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
        );
      });
      app = new AppPage(page);
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('sets up the officer and a complaint at stage 1 with its points decided', async () => {
      await app.open(host.url);
      const welcome = new WelcomePage(page);
      await welcome.setUpOfficer(OFFICER);
      await welcome.startWithEmptyStore();
      await app.waitForHeading('My work');
      const resident = await rpc<{ id: string }>('residents.create', {
        name: RESIDENT,
        email: 'sian@example.org',
        vulnerable: false,
        representativeConsent: false,
        property: { addressLine1: '4 Heol y Bont', town: 'Cardiff', postcode: 'CF10 1AA' },
      });
      const opened = await rpc<{ id: string; reference: string }>('cases.open', {
        type: 'complaint',
        summary: 'Leak & missed visits',
        residentId: resident.id,
        receivedOn: today,
      });
      ({ id: caseId, reference } = opened);
      await rpc('cases.command', { id: caseId, command: { kind: 'acknowledge', on: today, how: 'phone' } });
      for (const [point, decision, reasons] of [
        ['The leak was not fixed', 'upheld', 'Three visits were missed without notice.'],
        ['Nobody called back', 'not_upheld', 'Four calls back are logged.'],
      ] as const) {
        const added = await rpc<{ complaint: { points: Array<{ id: string }> } }>('points.add', {
          caseId,
          point,
          outcomeSought: 'Fix it & say sorry',
        });
        await rpc('points.update', { id: added.complaint.points.at(-1)!.id, changes: { decision, reasons } });
      }
      await page.evaluate((ref) => (window.location.hash = `#/cases/${ref}`), reference);
      await new CasePage(page).waitFor(reference);
    });

    it('offers only the letters the case allows, and drafts a stage 1 response', async () => {
      const letters = new LettersSection(page);
      await letters.region.getByText('No letters have been written on this case.').waitFor();
      expect(await letters.offered()).toEqual(['Acknowledgement (stage 1)', 'Stage 1 response']);
      await letters.region.scrollIntoViewIfNeeded();
      await shot(page, 'letters-00-case-letters', { element: letters.region });
      const screen = await letters.choose('Stage 1 response');
      letterId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
      expect(letterId).not.toBe('');
      // Each section the letter's type has, labelled.
      for (const section of ['Opening', 'What we looked into', REMEDY, 'Closing words'])
        await screen.editor(section).waitFor();
    });

    it('the checklist refuses it until the remedy is written, then ticks it after the save', async () => {
      const screen = new LetterScreen(page);
      await screen.waitForItem('The remedy offered', 'Missing');
      await screen.waitForItem('A decision on each point', 'Present');
      expect(await screen.issueButton.isDisabled()).toBe(true);
      expect(await page.getByText(/^Not ready to issue: missing the remedy offered\.$/).count()).toBe(1);
      await shot(page, 'letters-01-draft-refused', { viewport: true });

      // A save that fails (Redress stopped) says so and keeps the text; Try again saves it. The
      // store opens locked after the restart, so the officer is signed in again, as they would be.
      const officer = await signedInPerson(local);
      expect(officer).not.toBeNull();
      await host.stop();
      await screen.write('What we looked into', 'We read the repair records.');
      const failed = page.getByRole('alert').filter({ hasText: '“What we looked into” is not saved' });
      await failed.waitFor({ timeout: 15_000 });
      expect(await screen.editor('What we looked into').innerText()).toBe('We read the repair records.');
      await checkAccessibility(page, 'letter: a section not saved');
      // The window polls (the share's status) every few seconds: a poll that reached the restarted
      // host before the officer is signed in again would be answered SIGNED_OUT and lock the window,
      // so its calls wait at the door until then.
      let signedBackIn!: () => void;
      const held = new Promise<void>((resolve) => (signedBackIn = resolve));
      const hold = (route: Route): Promise<void> => held.then(() => route.continue());
      await page.route('**/rpc', hold);
      local = await host.start();
      await signInAgain(local, officer!);
      signedBackIn();
      await page.unroute('**/rpc', hold);
      await failed.getByRole('button', { name: 'Try again' }).click();
      await screen.waitSaved('What we looked into');
      await failed.waitFor({ state: 'detached' });

      await screen.write(
        REMEDY,
        'We apologise, and will **fix the leak by 20 April**. We will also pay £150.',
      );
      await screen.waitSaved(REMEDY);
      await screen.waitForItem('The remedy offered', 'Present');
      await screen.checklist.getByText('Everything the Code asks for is in this letter.').waitFor();
      expect(await screen.issueButton.isDisabled()).toBe(false);
      await checkAccessibility(page, 'letter: ready');
      // Bold survives the trip: what was saved is what the editor shows, runs and spaces intact.
      const saved = await rpc<{ sections: Array<{ name: string; text: unknown }> }>('letters.get', {
        id: letterId,
      });
      expect(saved.sections.find((s) => s.name === 'remedy')!.text).toEqual([
        {
          kind: 'paragraph',
          runs: [
            { text: 'We apologise, and will ' },
            { text: 'fix the leak by 20 April', bold: true },
            { text: '. We will also pay £150.' },
          ],
        },
      ]);
      await shot(page, 'letters-02-editor-ready', { viewport: true });
      await shot(page, 'letters-03-checklist', { element: screen.checklist });
    });

    it('names the missing item when the main side refuses (another computer emptied the section)', async () => {
      const screen = new LetterScreen(page);
      await rpc('letters.setSection', { id: letterId, section: 'remedy', text: [] });
      const dialog = await screen.openIssue();
      await page.keyboard.press('ControlOrMeta+Enter');
      const missing = dialog.getByRole('alert').filter({ hasText: 'Not issued: missing from the letter' });
      await missing.waitFor();
      expect(await missing.getByRole('listitem').allInnerTexts()).toEqual(['The remedy offered']);
      await checkAccessibility(page, 'dialog: issue refused');
      await shot(page, 'letters-04-issue-refused', { viewport: true });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      // The screen has read the letter again: the section is empty and the checklist unticked.
      await screen.waitForItem('The remedy offered', 'Missing');
      expect((await screen.editor(REMEDY).innerText()).trim()).toBe('');
      await screen.write(REMEDY, 'We apologise, and will fix the leak by 20 April.');
      await screen.waitSaved(REMEDY);
      await screen.waitForItem('The remedy offered', 'Present');
    });

    it('previews the real DOCX as pages, with the resident’s name, and no policy violation', async () => {
      const screen = new LetterScreen(page);
      await screen.showPreview(RESIDENT);
      await screen.preview.getByText('We apologise, and will fix the leak by 20 April.').waitFor();
      // docx-preview's own <style> elements are there, carry the page's nonce, and were applied.
      const styles = await page.evaluate(() =>
        Array.from(document.querySelectorAll('style'))
          .filter((s) => (s.textContent ?? '').includes('.docx'))
          .map((s) => s.nonce.length > 0),
      );
      expect(styles.length).toBeGreaterThan(0);
      expect(styles.every(Boolean)).toBe(true);
      const pageBackground = await screen.preview
        .locator('section.docx')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(pageBackground).toBe('rgb(255, 255, 255)');
      expect(await violations()).toEqual([]);
      await shot(page, 'letters-05-preview', { viewport: true });
      await screen.openTab('Write');
    });

    it('issues it (the resident’s method chosen, today’s date); it is frozen and downloadable', async () => {
      const screen = new LetterScreen(page);
      const dialog = await screen.openIssue();
      expect(await dialog.getByRole('radio', { checked: true }).getAttribute('value')).toBe(
        (await rpc<{ suggestedMethod: string }>('letters.get', { id: letterId })).suggestedMethod,
      );
      expect(await dialog.getByRole('textbox', { name: /^Date of the letter/ }).inputValue()).toBe(
        typedDate(today),
      );
      await dialog.getByText(RESIDENT).waitFor();
      await shot(page, 'letters-06-issue-dialog', { viewport: true });
      await page.keyboard.press('ControlOrMeta+Enter');
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });

      const note = page.getByText(/^Issued on .* by Priya Shah, .* — a correction is a new letter\.$/);
      await note.waitFor();
      expect(await note.innerText()).toContain(`Issued on ${formatIsoDate(today)}`);
      expect(await page.getByRole('button', { name: 'Issue…' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Bold/ }).count()).toBe(0);
      expect(await screen.editor(REMEDY).getAttribute('contenteditable')).toBe('false');
      await checkAccessibility(page, 'letter: issued');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download DOCX' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      await shot(page, 'letters-07-issued', { viewport: true });
    });

    it('the case records the stage 1 response on the letter’s date, and lists the letter as issued', async () => {
      await page.getByRole('link', { name: `← Case ${reference}` }).click();
      await new CasePage(page).waitFor(reference);
      await new ComplaintPanel(page).waitForFact('Respond by', `Responded ${formatIsoDate(today)}`);
      const row = new LettersSection(page).letter('Stage 1 response');
      await row.waitFor();
      expect(await row.innerText()).toMatch(new RegExp(`Issued\\s+Issued ${formatIsoDate(today)}`));
      await row.getByRole('button', { name: 'Download Stage 1 response (DOCX)' }).waitFor();
      expect(await violations()).toEqual([]);
      // Only the requests refused while Redress was stopped on purpose.
      expect(app.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(p))).toEqual(
        [],
      );
      await shot(page, 'letters-08-case-letters', { element: new LettersSection(page).region });
    });

    it('discards a draft after asking, and the case no longer lists it', async () => {
      const letters = new LettersSection(page);
      await letters.choose('Closure and satisfaction survey');
      await page.getByRole('button', { name: 'Discard draft' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Discard this draft?' });
      await dialog.waitFor();
      await page.waitForTimeout(250);
      await checkAccessibility(page, 'dialog: Discard this draft?');
      // Focus starts on Cancel, the safe choice; the red button discards.
      const cancel = dialog.getByRole('button', { name: 'Cancel' });
      expect(await cancel.evaluate((el) => el === document.activeElement)).toBe(true);
      await dialog.getByRole('button', { name: 'Discard the draft' }).click();
      await new CasePage(page).waitFor(reference);
      await letters.letter('Stage 1 response').waitFor();
      expect(await letters.region.getByRole('listitem').count()).toBe(1);
    });
  },
);
