// The managers' dashboard at scale: `reporting.dashboard` for this reporting year (unfiltered, one
// service area, one quarter) through the real dispatch, beside raw SQLite reading the same rows
// (open complaints, overdue actions, the year's report_stages by stage, month and theme); then its
// first paint in Chromium — from the moment the dashboard's answer has arrived (the /rpc
// response's end, by the browser's own network timing) to the first frame after the headline
// figures are in the page — against the built renderer served by the local host.
//   In `npm run bench` (bench/index.ts), or alone on a store of its own:
//   REDRESS_BENCH_SCALES=100000 npx tsx bench/dashboard.ts
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { openRedress, type RedressApp } from '../src/main/app';
import { startLocalHost } from '../src/main/host/localHost';
import { seedStore } from '../src/main/services/demo';
import { todayIso } from '../src/shared/complaints/calendar';
import { quarterPeriod, reportingYear, reportingYearOf } from '../src/shared/reporting/period';
import { TEST_PASSWORD, TEST_UNLOCK } from '../tests/helpers';
import { findChromium, launchChromium } from '../tests/e2e/support/browser';
import { RENDERER_DIR } from '../tests/e2e/support/host';
import { signInFirstPerson } from '../tests/e2e/support/signIn';
import type { Request } from 'playwright-core';
import { fmt, paired, printTable, stats, type Row } from './measure';
import type { Recorder } from './measure';

/** The dashboard is a manager's: the bench acts as one in memory (the store's record is unchanged). */
function asManager(app: RedressApp): void {
  if (app.context.me) app.context.me = { ...app.context.me, role: 'admin' };
}

/** The same rows the dashboard reads, raw: open complaints, overdue actions, the year's stage facts. */
function rawDashboard(db: BetterSqlite3.Database, from: string, to: string, today: string, area?: string) {
  const a = area ? ' AND service_area = ?' : '';
  const args = (...xs: unknown[]) => (area ? [...xs, area] : xs);
  return {
    open: db.prepare(
      `SELECT id, status, next_due_on FROM cases WHERE type = 'complaint' AND deleted_at IS NULL AND is_open = 1 AND next_due_on IS NOT NULL${area ? ' AND service_area = ?' : ''}`,
    ),
    actions: db.prepare(
      `SELECT count(*) FROM promised_actions a ${area ? 'JOIN cases c ON c.id = a.case_id' : ''} WHERE a.status = 'open' AND a.deleted_at IS NULL AND a.due_on < ?${area ? ' AND c.service_area = ?' : ''}`,
    ),
    received: db.prepare(
      `SELECT stage, substr(received_on, 1, 7) AS m, count(*), sum(acknowledged), sum(acknowledged_on_time) FROM report_stages WHERE received_on BETWEEN ? AND ?${a} GROUP BY 1, 2`,
    ),
    responded: db.prepare(
      `SELECT stage, substr(responded_on, 1, 7) AS m, count(*), sum(responded_on_time), sum(responded_on_time_with_extensions), sum(escalated) FROM report_stages WHERE responded_on BETWEEN ? AND ?${a} GROUP BY 1, 2`,
    ),
    themes: db.prepare(
      `SELECT root_cause, service_area, count(*) FROM report_stages WHERE stage = 1 AND received_on BETWEEN ? AND ?${a} GROUP BY 1, 2`,
    ),
    run() {
      this.open.all(...(area ? [area] : []));
      this.actions.get(...args(today));
      this.received.all(...args(from, to));
      this.responded.all(...args(from, to));
      this.themes.all(...args(from, to));
    },
  };
}

export async function benchDashboard(app: RedressApp, scale: number, record: Recorder): Promise<void> {
  const me = app.context.me;
  asManager(app);
  try {
    await benchDashboardCalls(app, scale, record);
  } finally {
    app.context.me = me;
  }
}

async function benchDashboardCalls(app: RedressApp, scale: number, record: Recorder): Promise<void> {
  const db = app.store.sqlite;
  const today = todayIso(app.context.now());
  const year = reportingYear(reportingYearOf(today));
  const month = Number(today.slice(5, 7));
  const quarter = quarterPeriod(`${today.slice(0, 4)}Q${Math.floor((month - 1) / 3) + 1}`)!;
  const cases: Array<[string, { from: string; to: string }, string | undefined]> = [
    ['this reporting year', year, undefined],
    ['this reporting year, one service area', year, 'repairs'],
    ['this quarter', quarter, undefined],
  ];
  for (const [label, period, area] of cases) {
    const input = { ...period, filters: area ? { serviceArea: area } : {} };
    const raw = rawDashboard(db, period.from, period.to, today, area);
    const r = await paired(
      20,
      async () => {
        const res = await app.dispatch('reporting.dashboard', input);
        if (!res.ok) throw new Error(`reporting.dashboard: ${res.error.message}`);
      },
      () => raw.run(),
      3,
    );
    // Every measure for a reporting year in under a second (the budget), and the rest with it.
    record(scale, `dashboard data, ${label}`, r.a.median, r.b.median, 1000);
  }
}

/**
 * First paint after the data arrives: the host serves the built renderer over the store in `dir`;
 * each run reloads #/performance and takes (first frame after the headline figures are in the
 * page) − (end of the reporting.dashboard response). Null when Chromium or the build is missing.
 */
export async function benchDashboardPaint(dir: string, runs = 7): Promise<number[] | null> {
  const chromiumPath = findChromium();
  if (!chromiumPath || !existsSync(join(RENDERER_DIR, 'index.html'))) return null;
  const host = await startLocalHost({ dataDir: dir, rendererDir: RENDERER_DIR, port: 0, autoSync: false });
  const browser = await launchChromium(chromiumPath);
  try {
    await signInFirstPerson(host, TEST_PASSWORD);
    asManager(host.app);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // Before any script of the page: note the first frame after the headline figures appear.
    await page.addInitScript(() => {
      const w = window as unknown as { __painted?: number };
      new MutationObserver((_, observer) => {
        if (!document.getElementById('headline-figures')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          w.__painted = performance.timeOrigin + performance.now();
        });
      }).observe(document, { childList: true, subtree: true });
    });
    // The address with its access key first (the page keeps the key), then the dashboard's.
    await page.goto(host.url);
    await page.evaluate(() => {
      location.hash = '#/performance?period=this-year';
    });
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      let arrived = 0;
      const onFinished = (req: Request) => {
        if (req.url().endsWith('/rpc') && (req.postData() ?? '').includes('"reporting.dashboard"')) {
          const t = req.timing();
          arrived = t.startTime + t.responseEnd;
        }
      };
      page.on('requestfinished', onFinished);
      // A fresh load each time: the init script watches the new document from its start.
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted, null, {
        timeout: 300_000,
      });
      const painted = await page.evaluate(() => (window as unknown as { __painted: number }).__painted);
      page.off('requestfinished', onFinished);
      if (i > 0 && arrived > 0) samples.push(painted - arrived); // the first run warms the caches
    }
    return samples;
  } finally {
    await browser.close();
    await host.close();
  }
}

/** The paint's median as a bench row (the store in `dir` must be closed by then). */
export async function benchDashboardPaintRow(dir: string, scale: number, record: Recorder): Promise<void> {
  const paint = await benchDashboardPaint(dir);
  if (!paint) {
    console.log('Dashboard paint skipped: Chromium or the built renderer (npm run build) not found.');
    return;
  }
  const s = stats(paint);
  record(
    scale,
    `dashboard first paint after its data arrives (of ${s.n}, p90 ${fmt(s.p90)})`,
    s.median,
    null,
    300,
  );
}

/** Alone: a store of its own per scale (kept in REDRESS_BENCH_DIR), the calls, then the paint. */
async function main(): Promise<void> {
  const scales = (process.env.REDRESS_BENCH_SCALES ?? '100000').split(',').filter(Boolean).map(Number);
  const root = resolve(process.env.REDRESS_BENCH_DIR ?? '.bench');
  const rows: Row[] = [];
  const record: Recorder = (scale, what, redress, raw, budget) =>
    rows.push({
      scale: scale.toLocaleString('en-GB'),
      what,
      redress: fmt(redress),
      raw: raw === null ? '' : fmt(raw),
      ratio: raw === null ? '' : (redress / raw).toFixed(2),
      budget: budget === null ? '' : `< ${fmt(budget)}`,
      ok: budget === null ? '' : redress < budget ? 'ok' : 'OVER',
    });
  for (const scale of scales) {
    const dir = join(root, `dashboard-${scale}`);
    if (!existsSync(join(dir, 'ready'))) {
      mkdirSync(dir, { recursive: true });
      const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
      const set = await app.dispatch('people.setUpOfficer', {
        password: TEST_PASSWORD,
        name: 'Bench Manager',
        initials: 'BM',
        role: 'manager',
      });
      if (!set.ok) throw new Error(set.error.message);
      const t0 = performance.now();
      seedStore(app.context, { cases: scale, seed: 42 });
      console.log(
        `Seeded ${scale.toLocaleString('en-GB')} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      app.store.sqlite.pragma('optimize');
      await app.close();
      writeFileSync(join(dir, 'ready'), new Date().toISOString());
    }
    const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
    try {
      await benchDashboard(app, scale, record);
    } finally {
      await app.close();
    }
    printTable(rows.splice(0));
    await benchDashboardPaintRow(dir, scale, record);
  }
  printTable(rows);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/dashboard.ts')) void main();
