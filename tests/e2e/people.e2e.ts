// People to hand work to, as a new user on one laptop meets them: a complaint answered at stage 1
// and escalated needs a stage 2 handler other than the stage 1 officer — the only person in a fresh
// store. From the acknowledge dialog, by keyboard, she adds a colleague in place; the colleague is
// chosen, stage 2 is acknowledged with them as handler, and Settings → People lists them. Then the
// stage 1 decision, issued, is amended with a reason and the original stays on the case.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { ComplaintPanel } from './pages/ComplaintPanel';
import { addColleagueInPlace, amendDecision, PeopleSettings } from './pages/PeoplePages';
import { SettingsPage } from './pages/SettingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { shot } from './pages/WorkPages';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('people to hand work to, and decisions that stay as issued', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let opened: { id: string; reference: string };

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-people-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    app = new AppPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a stage 2 handler in place from the acknowledge dialog, by keyboard', async () => {
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    // A complaint answered at stage 1 by Priya, then escalated.
    const today = new Date().toISOString().slice(0, 10);
    opened = await call('cases.open', { type: 'complaint', summary: 'Repairs missed three times' });
    const withPoint = await call<{ complaint: { points: Array<{ id: string }> } }>('points.add', {
      caseId: opened.id,
      point: 'The contractor missed three appointments',
    });
    await call('cases.command', { id: opened.id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
    await call('points.update', {
      id: withPoint.complaint.points[0]!.id,
      changes: { decision: 'not_upheld', reasons: 'The repair log shows the visits were kept' },
    });
    await call('cases.command', { id: opened.id, command: { kind: 'respond', on: today } });
    await call('cases.command', {
      id: opened.id,
      command: { kind: 'escalate', requestedOn: today, reason: 'The visits were not kept' },
    });

    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    await new CasePage(page).waitFor(opened.reference);
    const panel = new ComplaintPanel(page);
    const dialog = await panel.openAction('Acknowledge stage 2');

    // The only person offered is Priya, who handled stage 1: barred.
    const handler = panel.field(dialog, 'Handler for stage 2');
    await handler.focus();
    await page.keyboard.press('ArrowDown');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.allInnerTexts()).toEqual(['Priya Shah (you) — handled stage 1']);
    await page.keyboard.press('Escape');

    await addColleagueInPlace(page, dialog, 'Tom Reid', 'tom.reid@example.org');
    // The new colleague is chosen as the handler.
    await expect.poll(() => handler.inputValue(), { timeout: 5000 }).toBe('Tom Reid');
    await checkAccessibility(page, 'dialog: Acknowledge stage 2 with a colleague added');
    await panel.screenshot('people-stage2-handler-added');
    await panel.saveAndClose(dialog);
    await panel.waitForFact('Status', /Stage 2/);
    await expect(panel.factText('Handler')).resolves.toContain('Tom Reid');
  });

  it('lists the colleague under Settings → People, and deactivating them takes them off new work', async () => {
    const settings = new SettingsPage(page);
    await settings.openByShortcut();
    const people = new PeopleSettings(page);
    await people.show();
    const tom = await people.row('Tom Reid');
    // Added from the stage 2 dialog, so as a senior officer (stage 2 needs one).
    expect(tom).toEqual([
      'TR',
      'Senior officer',
      '—',
      'tom.reid@example.org',
      '—',
      'Active',
      expect.any(String),
    ]);
    await people.addTeam('Repairs');
    await people.addColleague('Amara Njoku', 'amara.njoku@example.org', 'Repairs');
    expect(await people.row('Amara Njoku')).toEqual([
      'AN',
      'Officer',
      'Repairs',
      'amara.njoku@example.org',
      '—',
      'Active',
      expect.any(String),
    ]);
    await shot(page, 'people-settings', { element: people.section });

    await people.setActive('Tom Reid', false);
    await checkAccessibility(page, 'Settings → People with a deactivated colleague');
    const list = await call<Array<{ name: string; active: boolean }>>('people.list', {});
    expect(list.find((p) => p.name === 'Tom Reid')?.active).toBe(false);
    await people.setActive('Tom Reid', true);
  });

  it('amends the issued stage 1 decision with a reason; the original stays on the case', async () => {
    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    await new CasePage(page).waitFor(opened.reference);
    const panel = new ComplaintPanel(page);
    const card = panel.pointCard(1);
    await card.waitFor({ timeout: 15_000 });
    // Issued: no decision form on the card, an Amend… button instead of Edit.
    await expect(card.getByRole('button', { name: 'Edit point 1' }).count()).resolves.toBe(0);
    await expect(card.getByRole('form').count()).resolves.toBe(0);
    await amendDecision(
      page,
      card,
      1,
      'Upheld',
      'The contractor’s own log shows the second visit was missed.',
    );

    const amendments = page.getByRole('region', { name: 'Amendments' });
    await amendments.waitFor({ timeout: 15_000 });
    const text = (await amendments.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Point 1 (stage 1): decision amended');
    expect(text).toContain('As issued: Not upheld');
    expect(text).toContain('Amended to: Upheld');
    expect(text).toContain('Why: The contractor’s own log shows the second visit was missed.');
    await card.getByText('Upheld', { exact: true }).waitFor();
    await shot(page, 'people-amendment', { element: amendments });
    expect(app.problems).toEqual([]);
  });
});
