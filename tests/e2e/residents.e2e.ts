// A resident's details edited from the case, as a new officer meets it: Joan Okafor rang about
// damp; her complaint was answered at stage 1 and she has escalated. From the resident card on the
// case, by keyboard, the officer adds her email, marks her vulnerable and records her son as her
// representative with her consent and its date; the case shows it at once, the history says it in
// words, and the history's kind filter narrows it. The case page's header says who, what and which
// kind once each, and stage 1's dates stay on show after the escalation. Axe on every state, at
// 1366×768; screenshots to /tmp/shots12/residents.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { ComplaintPanel } from './pages/ComplaintPanel';
import { CaseHistoryPanel, ResidentEditorDialog, residentShot } from './pages/ResidentPages';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

/** A date as the screens write it ("Wed 14 Jan 2026"), in the test's own words. */
function screenDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(`${iso}T00:00:00Z`))
    .replace(/,/g, '');
}

describe.skipIf(!chromiumPath)('editing a resident from the case, and the case history in words', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let opened: { id: string; reference: string };
  const today = new Date().toISOString().slice(0, 10);

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-residents-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    const app = new AppPage(page);
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    // Joan's complaint: acknowledged, a contact attempt, answered at stage 1, escalated.
    const joan = await call<{ id: string }>('residents.create', {
      name: 'Joan Okafor',
      phone: '07700 900123',
      property: { addressLine1: '14 Canal Walk', town: 'Leeds', postcode: 'LS11 5QQ' },
    });
    opened = await call('cases.open', {
      type: 'complaint',
      summary: 'Damp in the back bedroom is back after the repair\nShe has asked three times.',
      residentId: joan.id,
    });
    const withPoint = await call<{ complaint: { points: Array<{ id: string }> } }>('points.add', {
      caseId: opened.id,
      point: 'The damp repair did not last',
    });
    await call('cases.command', { id: opened.id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
    await call('cases.contactAttempt', {
      caseId: opened.id,
      at: new Date().toISOString(),
      channel: 'phone',
      outcome: 'no_answer',
    });
    await call('points.update', {
      id: withPoint.complaint.points[0]!.id,
      changes: { decision: 'upheld', reasons: 'The repair was not done to standard' },
    });
    await call('cases.command', { id: opened.id, command: { kind: 'respond', on: today } });
    await call('cases.command', {
      id: opened.id,
      command: { kind: 'escalate', requestedOn: today, reason: 'The damp is back' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('heads the case with its reference, subject, resident and type once each, and keeps stage 1’s dates', async () => {
    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    await new CasePage(page).waitFor(opened.reference);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(opened.reference);
    await expect(page.getByTestId('case-subject').innerText()).resolves.toBe(
      'Damp in the back bedroom is back after the repair',
    );
    await expect(
      page.getByTestId('case-header').getByRole('link', { name: 'Joan Okafor' }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByTestId('case-header').getByText('Complaint', { exact: true }).count(),
    ).resolves.toBe(1);
    const panel = new ComplaintPanel(page);
    await panel.waitForFact('Status', /^Escalation requested$/);
    // Status once; no separate "Stage" repeating it.
    await expect(panel.region.locator('dt', { hasText: /^Stage$/ }).count()).resolves.toBe(0);
    await expect(panel.factText('Stage 1 acknowledged')).resolves.toBe(screenDate(today));
    await expect(panel.factText('Stage 1 response')).resolves.toBe(screenDate(today));
    await residentShot(page, 'case-page');
  });

  it('edits the resident from the case’s resident card, by keyboard, and the case shows it', async () => {
    const editor = new ResidentEditorDialog(page);
    await editor.openFromCard('Joan Okafor');
    await residentShot(page, 'resident-editor', editor.dialog);

    // A wrong email is said plainly, and the message goes as soon as the email is right.
    await editor.fill('Email', 'joan@');
    await editor.save();
    await expect.poll(() => editor.errorOf('Email')).toBe('Must be an email address');
    await checkAccessibility(page, 'dialog: edit a resident, email refused');
    await editor.fill('Email', 'joan@example.org');
    await expect.poll(() => editor.errorOf('Email')).toBe('');

    await editor.tick(/^Vulnerable/);
    await editor.fill('Representative’s name', 'Ade Okafor');
    await editor.fill('Relationship', 'Son');
    await editor.tick(/given consent/);
    // Consent ticked during a call: dated today unless the officer says otherwise.
    await expect(editor.field('Date consent was given').count()).resolves.toBe(1);
    await checkAccessibility(page, 'dialog: edit a resident, consent given');
    await editor.field('Representative’s name').focus();
    await editor.saveByKeyboard();

    const card = page.getByRole('region', { name: 'Joan Okafor' });
    await card.getByText('Email: joan@example.org').waitFor();
    await expect(card.getByText('Vulnerable', { exact: true }).count()).resolves.toBe(1);
    await expect(card.locator('p', { hasText: 'Representative:' }).innerText()).resolves.toBe(
      `Representative: Ade Okafor (Son). Consent given ${screenDate(today)}.`,
    );
    await checkAccessibility(page, 'case page after the resident was edited');
  });

  it('shows the edit in the history in words, and filters the history by kind', async () => {
    const history = new CaseHistoryPanel(page);
    await history.expand();
    await expect
      .poll(async () => (await history.rows()).map((r) => r.join(' | ')))
      .toEqual(
        expect.arrayContaining([
          'The resident Joan Okafor: email | Not set → joan@example.org',
          'The resident Joan Okafor: vulnerable | No → Yes',
          'The resident Joan Okafor: representative | Not set → Ade Okafor',
          `The resident Joan Okafor: consent given | Not set → ${screenDate(today)}`,
          'Tried to reach the resident by phone before the response: No answer | —',
          'The point of complaint “The damp repair did not last”: decision | Not set → Upheld',
        ]),
      );
    const all = (await history.rows()).length;
    await residentShot(page, 'case-history', history.section);

    await history.show('The resident');
    const resident = await history.rows();
    expect(resident.length).toBeGreaterThan(3);
    expect(resident.length).toBeLessThan(all);
    expect(
      resident.every(([what]) => /^(The resident|Added the resident|Recorded the address)/.test(what)),
    ).toBe(true);

    await history.show('Calls and contact');
    expect((await history.rows()).map(([what]) => what)).toEqual([
      'Tried to reach the resident by phone before the response: No answer',
    ]);
    await residentShot(page, 'case-history-filtered', history.section);

    await history.show('Everything');
    expect((await history.rows()).length).toBe(all);
  });
});
