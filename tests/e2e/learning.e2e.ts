// Learning from a closed complaint, in the real renderer served by the local host, by keyboard:
// the root cause and lesson, a service improvement added in place and linked to the case, the
// resident's satisfaction after closure; then the Service improvements screen shows the case
// against the improvement, which is marked done with its "we did". Every state is checked by axe.
//
// The complaint is taken to closure through the local host's API (that journey has its own e2e).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import type { CaseLearning } from '../../src/shared/contract/learning';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { ImprovementsScreen, LearningSection } from './pages/LearningPages';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const TITLE = 'Text reminders the day before repair visits';

describe.skipIf(!chromiumPath)('learning from a closed complaint', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let complaint: { id: string; reference: string };

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-learning-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(10_000);
    app = new AppPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens a closed complaint at its Learning section', async () => {
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    const today = new Date().toISOString().slice(0, 10);
    complaint = await call('cases.open', { type: 'complaint', summary: 'Three missed repair visits' });
    const detail = await call<{ complaint: { points: Array<{ id: string }> } }>('points.add', {
      caseId: complaint.id,
      point: 'Nobody turned up to the appointment and nobody called',
    });
    await call('cases.command', {
      id: complaint.id,
      command: { kind: 'acknowledge', on: today, how: 'phone' },
    });
    await call('points.update', {
      id: detail.complaint.points[0]!.id,
      changes: { decision: 'upheld', reasons: 'The contractor missed all three visits.' },
    });
    await call('cases.command', { id: complaint.id, command: { kind: 'respond', on: today } });
    await call('cases.command', { id: complaint.id, command: { kind: 'close', on: today } });

    await page.goto(`${host.url.split('#')[0]}#/cases/${complaint.id}`);
    await new CasePage(page).waitFor(complaint.reference);
    await new LearningSection(page).waitFor();
  });

  it('records the root cause and lesson, adds a linked improvement, and records satisfaction', async () => {
    const learning = new LearningSection(page);
    await learning.recordLearning({
      rootCause: 'Appointment missed',
      lesson: 'Text residents the day before every repair appointment.',
    });
    await learning.addImprovement({
      title: TITLE,
      owner: 'Head of Repairs',
      youSaid: 'You said contractors did not turn up and nobody told you.',
    });
    await learning.recordSatisfaction({ handling: 4, outcome: 3, comment: 'Sorted in the end, thank you.' });
    await app.screenshot('40-case-learning');

    const saved = await call<CaseLearning>('learning.get', { caseId: complaint.id });
    expect(saved).toMatchObject({
      rootCause: 'Appointment missed',
      lesson: 'Text residents the day before every repair appointment.',
      satisfaction: { handling: 4, outcome: 3, comment: 'Sorted in the end, thank you.' },
    });
    expect(saved.improvements.map((i) => i.title)).toEqual([TITLE]);
  });

  it('shows the improvement with its linked case on the Service improvements screen, and marks it done', async () => {
    const screen = new ImprovementsScreen(page);
    await screen.openFromNavigation();
    const row = screen.row(TITLE);
    await row.getByRole('link', { name: complaint.reference }).waitFor();
    await expect(row.textContent()).resolves.toContain('Head of Repairs');
    await screen.markDone(TITLE, 'We now text every resident the day before.');
    await expect(screen.row(TITLE).textContent()).resolves.toContain(
      'We now text every resident the day before.',
    );
    await app.screenshot('41-service-improvements');
    expect(app.problems).toEqual([]);
  });
});
