// My work, Open cases and the complaint policy, in the real renderer served by the local host.
// The officer sets up with demo data from the welcome screen; then, through the API, she takes on
// five complaints received on dates chosen so that one is long overdue, one is 2 working days
// overdue, one is due today, one is on track with a health and safety risk, and one is at stage 2.
// She checks My work and Open cases list them overdue first and that the filters change the list,
// then loosens the complaint policy beyond the Code, sees the warning, saves and reloads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { calendarFor } from '../../src/main/calendars';
import { addWorkingDays, isWorkingDay, todayIso } from '../../src/shared/complaints/calendar';
import { CODE_POLICY } from '../../src/shared/complaints/policy';
import { CASE_STATUS_LABELS } from '../../src/shared/domain/vocabulary';
import { AppPage } from './pages/AppPage';
import { WelcomePage } from './pages/WelcomePage';
import {
  MyWorkScreen,
  OpenCasesScreen,
  PolicySettings,
  RAG_ORDER,
  shot,
  type WorkRow,
} from './pages/WorkPages';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
if (!chromiumPath) console.log(SKIP_REASON);

const OFFICER = 'Priya Shah';
const STAGE_1_LABEL = 'Stage 1: respond within (working days of acknowledgement)';

/**
 * Rows must never go from a later RAG status back to an earlier one. A case whose task or promised
 * action of mine is overdue is urgent whatever its deadline says (the demo data has some).
 */
function expectUrgencyOrder(rows: WorkRow[]): void {
  const ranks = rows.map((r) => (r.overdueWork ? 0 : RAG_ORDER.indexOf(r.rag)));
  expect(ranks.every((r) => r >= 0)).toBe(true);
  for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeGreaterThanOrEqual(ranks[i - 1]!);
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'My work, Open cases and the complaint policy' : `Work lists (${SKIP_REASON})`,
  () => {
    let dataDir: string;
    let host: TestHost;
    let local: LocalHost;
    let browser: Browser;
    let page: Page;
    let app: AppPage;
    const refs = { longOverdue: '', overdue: '', dueToday: '', onTrack: '', stage2: '' };

    async function call<T>(procedure: string, input: unknown): Promise<T> {
      const result = await local.app.dispatch(procedure, input);
      if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    }

    beforeAll(async () => {
      assertRendererBuilt();
      dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-work-'));
      host = new TestHost(dataDir);
      local = await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      app = new AppPage(page);
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('shows a new officer what My work will hold', async () => {
      await app.open(host.url);
      const welcome = new WelcomePage(page);
      await welcome.setUpOfficer(OFFICER);
      await welcome.startWithEmptyStore();
      await app.waitForHeading('My work');
      await page.getByText('No open cases are yours yet').waitFor({ timeout: 15_000 });
      await expect(page.getByText('most urgent first').first().isVisible()).resolves.toBe(true);
      await shot(page, 'work-01-my-work-empty');
      // Colleagues and their cases for the views below. The demo gives this officer a share of
      // its work too; those cases are told apart from the five made here by their references.
      await call('demo.seed', { cases: 200 });
    });

    it('lists my cases overdue first, with the deadline in words and the health and safety marker', async () => {
      // Five complaints handled by this officer, received on dates that give each urgency.
      const me = (await call<{ me: { id: string } }>('app.status', {})).me.id;
      const people = await call<Array<{ id: string; name: string }>>('people.list', {});
      const colleague = people.find((p) => p.id !== me);
      expect(colleague).toBeDefined();
      const cal = calendarFor({ ...CODE_POLICY, closureDays: [] });
      const today = todayIso(new Date());
      const back = (n: number) => addWorkingDays(cal, today, -n);
      const respondDays = CODE_POLICY.stage1ResponseDays;

      let door = 10;
      async function complaint(summary: string, acknowledgedOn: string, handlerId: string, resident: string) {
        const { id: residentId } = await call<{ id: string }>('residents.create', {
          name: resident,
          property: { addressLine1: `${door++} Mill Lane`, town: 'Southwark', postcode: 'SE1 7PB' },
        });
        const logged = await call<{ case: { id: string; reference: string } }>('contacts.log', {
          residentId,
          channel: 'phone',
          summary,
          openCaseAs: 'complaint',
        });
        const id = logged.case.id;
        await call('cases.updateComplaint', { id, changes: { receivedOn: acknowledgedOn } });
        await call('cases.command', {
          id,
          command: { kind: 'acknowledge', on: acknowledgedOn, how: 'phone', handlerId },
        });
        return logged.case;
      }

      const longOverdue = await complaint(
        'Repeated missed repair appointments for a leaking roof.',
        back(respondDays + 9),
        me,
        'Grace Okafor',
      );
      await call('cases.updateComplaint', { id: longOverdue.id, changes: { serviceArea: 'repairs' } });
      const overdue = await complaint(
        'Black mould in the bathroom came back after treatment.',
        back(respondDays + 2),
        me,
        'Tomasz Nowak',
      );
      await call('cases.updateComplaint', { id: overdue.id, changes: { serviceArea: 'damp_and_mould' } });
      const dueToday = await complaint(
        'Not called back about a service charge query.',
        back(respondDays),
        me,
        'Fatima Begum',
      );
      await call('cases.updateComplaint', { id: dueToday.id, changes: { serviceArea: 'rent_and_charges' } });
      const onTrack = await complaint(
        'Exposed wiring in the communal stairwell after works.',
        today,
        me,
        'Delroy Campbell',
      );
      await call('cases.updateComplaint', { id: onTrack.id, changes: { serviceArea: 'fire_safety' } });
      await call('cases.healthAndSafety', {
        id: onTrack.id,
        risk: true,
        detail: 'Exposed live wiring in a communal area',
        toldWhom: 'Head of Housing',
        toldAt: new Date().toISOString(),
      });
      // Stage 1 handled by a colleague, stage 2 by this officer (the Code requires someone else).
      const stage2 = await complaint(
        'Damp in the kitchen: unhappy with the stage 1 answer.',
        back(15),
        colleague!.id,
        'Siobhan Murphy',
      );
      await call('cases.updateComplaint', { id: stage2.id, changes: { serviceArea: 'damp_and_mould' } });
      await call('cases.command', { id: stage2.id, command: { kind: 'respond', on: back(6) } });
      await call('cases.command', { id: stage2.id, command: { kind: 'escalate', requestedOn: back(5) } });
      await call('cases.command', {
        id: stage2.id,
        command: { kind: 'acknowledge', on: back(3), how: 'email', handlerId: me },
      });
      Object.assign(refs, {
        longOverdue: longOverdue.reference,
        overdue: overdue.reference,
        dueToday: dueToday.reference,
        onTrack: onTrack.reference,
        stage2: stage2.reference,
      });

      const myWork = new MyWorkScreen(page);
      await page.reload();
      await app.waitForHeading('My work');
      const all = await myWork.readRows();
      // My work shows exactly what the main side ranks for this officer, in the same order.
      const ranked = await call<{ items: Array<{ reference: string }> }>('work.list', { mine: true });
      expect(all.map((r) => r.reference)).toEqual(ranked.items.map((i) => i.reference));
      expectUrgencyOrder(all);
      // Among them, the five made here: overdue (longest first), due today, then on track by date.
      const made = new Set(Object.values(refs));
      const rows = all.filter((r) => made.has(r.reference));
      expect(rows.map((r) => r.reference)).toEqual([
        refs.longOverdue,
        refs.overdue,
        refs.dueToday,
        refs.onTrack,
        refs.stage2,
      ]);
      expect(rows[0]!.rag).toBe('overdue');
      expect(rows[1]!.badge).toMatch(/2 working days/);
      // No deadline falls on a weekend or bank holiday: then the case due on the last working day
      // is a day late (deadlines.ts ragStatus), and nothing is due today.
      expect(rows.find((r) => r.reference === refs.dueToday)!.badge).toMatch(
        isWorkingDay(cal, todayIso(new Date())) ? /Due today/ : /1 working day overdue/,
      );
      const risky = rows.find((r) => r.reference === refs.onTrack)!;
      expect(risky.hsRisk).toBe(true);
      expect(risky.text).toContain('Health and safety risk');
      expect(rows.filter((r) => r.hsRisk)).toHaveLength(1);
      // The demo's share of this officer's work has one case at risk too: the screen marks exactly
      // the cases the main side says are at risk.
      const atRisk = await call<{ items: Array<{ reference: string; hsRisk: boolean }> }>('work.list', {
        mine: true,
        urgency: 'health_and_safety',
      });
      expect(all.filter((r) => r.hsRisk).map((r) => r.reference)).toEqual(
        atRisk.items.map((i) => i.reference),
      );
      expect(rows.find((r) => r.reference === refs.stage2)!.status).toBe(CASE_STATUS_LABELS.stage2);
      // A case with my overdue task or action counts as overdue whatever its own deadline.
      const urgency = (r: WorkRow) => (r.overdueWork ? 'overdue' : r.rag);
      const overdueCount = all.filter((r) => urgency(r) === 'overdue').length;
      await expect(myWork.count('count-overdue')).resolves.toBe(String(overdueCount));
      await expect(myWork.count('count-due-today')).resolves.toBe(
        String(all.filter((r) => urgency(r) === 'due_today').length),
      );
      await shot(page, 'work-02-my-work');

      // The reference opens the case.
      await myWork.caseLink(refs.overdue).click();
      await page
        .getByRole('heading', { level: 1, name: new RegExp(refs.overdue) })
        .waitFor({ timeout: 15_000 });
    });

    it('shows every open case to a manager, overdue first, and filters by stage, officer and service area', async () => {
      const open = new OpenCasesScreen(page);
      await open.openByShortcut();
      const all = await open.readRows();
      expect(all.length).toBeGreaterThan(5);
      expectUrgencyOrder(all);
      expect(all[0]!.rag).toBe('overdue');
      expect(all.find((r) => r.reference === refs.onTrack)!.hsRisk).toBe(true);
      expect(Number(await open.count('count-overdue'))).toBeGreaterThanOrEqual(2);
      await shot(page, 'work-03-open-cases', { viewport: true });

      await open.chooseStage('Stage 2');
      const stage2 = await open.readRows().catch(() => [] as WorkRow[]);
      expect(stage2.map((r) => r.reference)).toContain(refs.stage2);
      const stage2Labels: string[] = [
        CASE_STATUS_LABELS.stage2_requested,
        CASE_STATUS_LABELS.stage2,
        CASE_STATUS_LABELS.stage2_responded,
      ];
      for (const r of stage2) expect(stage2Labels).toContain(r.status);
      expectUrgencyOrder(stage2);
      await shot(page, 'work-04-open-cases-stage-2');

      await open.chooseStage('Any stage');
      await open.chooseOfficer(`${OFFICER} (you)`);
      const mine = await open.readRows();
      expect(mine.map((r) => r.reference)).toEqual(expect.arrayContaining(Object.values(refs)));
      // The cases I own, as the main side ranks them (My work adds cases where only my overdue task
      // or promised action is, which the demo data sometimes has).
      const me = (await call<{ me: { id: string } }>('app.status', {})).me.id;
      const minePerApi = await call<{ items: Array<{ reference: string }> }>('work.list', {
        mine: false,
        ownerId: me,
        // Open cases shows 50 a page.
        limit: 50,
      });
      expect(mine.map((r) => r.reference)).toEqual(minePerApi.items.map((i) => i.reference));
      expectUrgencyOrder(mine);
      await shot(page, 'work-05-open-cases-officer');

      await open.chooseServiceArea('Damp and mould');
      const damp = await open.readRows();
      expect(damp.map((r) => r.reference)).toEqual(expect.arrayContaining([refs.overdue, refs.stage2]));
      expect(damp.map((r) => r.reference)).not.toContain(refs.longOverdue);
      await shot(page, 'work-06-open-cases-officer-and-area');

      await open.clearFilters();
      const again = await open.readRows();
      expect(again.length).toBe(all.length);
    });

    it('warns when the complaint policy is looser than the Code, and keeps it after a reload', async () => {
      const policy = new PolicySettings(page);
      await policy.open();
      await expect(policy.field(STAGE_1_LABEL).inputValue()).resolves.toBe(
        String(CODE_POLICY.stage1ResponseDays),
      );
      await expect(policy.warningFor('stage1ResponseDays').count()).resolves.toBe(0);
      await shot(page, 'work-07-policy-code', { element: policy.section });

      // Too many: refused next to the field, nothing saved.
      await policy.setNumber(STAGE_1_LABEL, '61');
      await policy.save();
      await policy.section.getByText('cannot be more than 60 working days').waitFor({ timeout: 5_000 });
      await shot(page, 'work-08-policy-invalid', { element: policy.section });

      // Looser than the Code: allowed, with the Code's requirement in a yellow note as it is typed.
      await policy.setNumber(STAGE_1_LABEL, '15');
      const warning = policy.warningFor('stage1ResponseDays');
      await warning.waitFor({ timeout: 5_000 });
      await expect(warning.textContent()).resolves.toMatch(
        /The Code requires a stage 1 response within 10 working days of the acknowledgement; this policy allows 15/,
      );
      await policy.section.getByRole('button', { name: /Add the Christmas shutdown/ }).click();
      await policy.warningFor('stage1ResponseDays').waitFor();
      await shot(page, 'work-09-policy-looser-typed', { element: policy.section });

      await policy.save();
      await policy.section.getByText('Complaint policy saved').waitFor({ timeout: 15_000 });
      const saved = policy.section.getByTestId('policy-saved-warnings');
      await expect(saved.textContent()).resolves.toMatch(/stage 1 response within 10 working days/);
      await expect(saved.textContent()).resolves.toMatch(/closure days/);
      await shot(page, 'work-10-policy-saved', { element: policy.section });

      await page.reload();
      await policy.saveButton.waitFor({ timeout: 15_000 });
      await expect(policy.field(STAGE_1_LABEL).inputValue()).resolves.toBe('15');
      await policy.warningFor('stage1ResponseDays').waitFor({ timeout: 5_000 });
      await expect(policy.section.locator('[data-closure-day]').count()).resolves.toBeGreaterThan(0);
      await shot(page, 'work-11-policy-after-reload', { element: policy.section });

      // The looser policy moves deadlines: the case that was due today no longer is.
      const myWork = new MyWorkScreen(page);
      await myWork.openByShortcut();
      const rows = await myWork.readRows();
      expect(rows.find((r) => r.reference === refs.dueToday)!.rag).not.toBe('due_today');
      expect(app.problems).toEqual([]);
    });
  },
);
