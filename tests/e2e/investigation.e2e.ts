// The investigation workspace in the real renderer served by the local host, by keyboard: findings
// and basis on a point, a note on that point and its correction (the original still shown), a task
// given to a colleague and completed with its answer, and an overdue task said in words. The case
// and its points are made through the API first: the complaint screens have their own e2e.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { todayIso } from '../../src/shared/complaints/calendar';
import { AppPage } from './pages/AppPage';
import { CasePage } from './pages/CasePage';
import { InvestigationSection } from './pages/InvestigationSection';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('the investigation workspace, by keyboard', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-investigation-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('records findings, a note and its correction, and a task to its answer', async () => {
    const app = new AppPage(page);
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    const today = todayIso(new Date());
    const opened = await call<{ id: string; reference: string }>('cases.open', {
      type: 'complaint',
      summary: 'Bathroom fan repairs missed three times; mould is back',
    });
    await call('points.add', { caseId: opened.id, point: 'Three repair appointments were missed' });
    await call('points.add', { caseId: opened.id, point: 'Nobody called back as promised' });
    // A task already past its due date (the screen refuses a past date, so it is aged in the store).
    const late = await call<{ id: string }>('tasks.add', {
      caseId: opened.id,
      what: 'Get the call logs',
      withWhom: 'Contact centre',
      dueOn: today,
    });
    local.app.context.sqlite
      .prepare(`UPDATE investigation_tasks SET due_on = '2026-01-05' WHERE id = ?`)
      .run(late.id);

    await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
    await new CasePage(page).waitFor(opened.reference);
    const inv = new InvestigationSection(page);
    await inv.waitFor();
    // Overdue in words, not colour alone.
    await expect(inv.tasks.innerText()).resolves.toMatch(/1 task overdue\./);
    await expect(inv.tasks.innerText()).resolves.toMatch(/Overdue\s*Get the call logs/);

    await inv.recordFindings(
      1,
      'The contractor attended once; two visits were never booked.',
      'Repairs policy 2025, section 3.2 (appointments kept or rebooked within 2 days)',
    );
    await expect(inv.point(1).innerText()).resolves.toMatch(/Basis: Repairs policy 2025/);

    await inv.addNote('Spoke to the contractor on 3 March', /^Point 1/);
    await inv.evidence(1).getByText('Spoke to the contractor on 3 March').waitFor();
    const correction = await inv.correctNote(
      'Spoke to the contractor on 3 March',
      'Spoke to the contractor on 4 March',
    );
    await inv.screenshot('correct-note-dialog');
    await inv.panel.saveAndClose(correction);
    await inv.notes.getByText('Spoke to the contractor on 4 March', { exact: true }).waitFor();
    // The original stays readable, marked as corrected.
    const notesText = await inv.notes.innerText();
    expect(notesText).toMatch(/Corrected\s*On point 1\s*Spoke to the contractor on 3 March/);
    expect(notesText).toMatch(/corrected by Priya Shah on/);
    expect(notesText).toMatch(/Correction\s*[\s\S]*Spoke to the contractor on 4 March/);

    const taskDialog = await inv.addTask({
      what: 'Check the repair booking log for the fan',
      withWhom: 'Repairs desk',
      due: today,
      assignee: 'Priya Shah',
      about: /^Point 2/,
    });
    await inv.screenshot('add-task-dialog');
    await inv.panel.saveAndClose(taskDialog);
    await inv.tasks.getByText('Check the repair booking log for the fan').waitFor({ timeout: 15_000 });
    await inv.evidence(2).getByText('Check the repair booking log for the fan').waitFor();

    const done = await inv.markDone(
      'Check the repair booking log for the fan',
      'Two of the three visits were never booked.',
    );
    await inv.panel.saveAndClose(done);
    await inv.tasks.getByText('Two of the three visits were never booked.').waitFor({ timeout: 15_000 });
    await expect(inv.tasks.innerText()).resolves.toMatch(/Done\s*Check the repair booking log/);
    await expect(
      inv.tasks.getByRole('button', { name: /^Mark done: Check the repair/ }).count(),
    ).resolves.toBe(0);
    await inv.screenshot('workspace');
  });
});
