// Settings → Audit and the case page's access log in the real renderer, for a manager: the audit
// trail checks out intact; the manager's own activity lists what they looked at; the case shows
// who viewed it; and an entry altered behind Redress's back (an SQLite tool, triggers dropped) is
// named in plain words when the trail is checked again.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn, openTestApp } from '../helpers';
import { AppPage } from './pages/AppPage';
import { AuditSection, CaseAccessLog } from './pages/AuditPages';
import { CasePage } from './pages/CasePage';
import { SettingsPage } from './pages/SettingsPage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();
const SKIP_REASON = 'Chromium not found (set CHROMIUM_PATH): skipped';
const SHOTS = '/tmp/shots13/audit';

async function cli(dataDir: string, ...argv: string[]): Promise<string> {
  const { code, out, err } = await cliIn(dataDir, ...argv);
  if (code !== 0) throw new Error(`cli ${argv.join(' ')} exited ${code}: ${err}`);
  return out;
}

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'The audit trail in the browser' : `Audit (${SKIP_REASON})`,
  () => {
    let root: string;
    let dir: string;
    let host: TestHost;
    let browser: Browser;
    let page: Page;
    let opened: { id: string; reference: string };

    async function shot(name: string): Promise<void> {
      await checkAccessibility(page, `screenshot: ${name}`);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
    }

    beforeAll(async () => {
      assertRendererBuilt();
      root = mkdtempSync(join(tmpdir(), 'redress-e2e-audit-'));
      dir = join(root, 'office');
      await cli(dir, 'init', '--name', 'Mary Manager', '--initials', 'MM', '--role', 'manager');
      opened = JSON.parse(
        await cli(dir, 'case', 'open', '--type', 'complaint', '--summary', 'Damp in the bedroom', '--json'),
      ) as { id: string; reference: string };
      host = new TestHost(dir, undefined, { setUpByCli: true });
      await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it('the case page shows a manager who viewed the case, beside its history', async () => {
      const app = new AppPage(page);
      await app.open(host.url);
      await app.waitForHeading('My work');
      await page.goto(`${host.url.split('#')[0]}#/cases/${opened.id}`);
      await new CasePage(page).waitFor(opened.reference);
      expect(await new CaseAccessLog(page).open()).toEqual(['Mary Manager: Viewed the case']);
      await new CaseAccessLog(page).region.scrollIntoViewIfNeeded();
      await shot('case-access-log');
    });

    it('Settings → Audit: the trail checks out intact, and a person’s activity lists what they did', async () => {
      await new SettingsPage(page).openByShortcut();
      const audit = new AuditSection(page);
      const answer = await audit.check();
      expect(answer.intact).toBe(true);
      expect(answer.text).toMatch(/This computer: \d+ entries, intact\./);
      await audit.region.scrollIntoViewIfNeeded();
      await shot('settings-audit-intact');
      const activity = await audit.activityOf('Mary Manager');
      expect(activity[0]).toBe(`Viewed the case ${opened.reference}`);
      expect(activity).toContain(`Created case ${opened.reference}`);
      await page.getByRole('table', { name: /^Activity of Mary Manager/ }).scrollIntoViewIfNeeded();
      await shot('settings-audit-activity');
    });

    it('an entry altered behind Redress’s back is named when the trail is checked again', async () => {
      // A second connection to the running store, as an SQLite tool would open it.
      const { app } = await openTestApp(dir);
      app.context.sqlite.exec('DROP TRIGGER changes_append_only_update');
      app.context.sqlite.exec(`UPDATE changes SET new_value = '"Nothing to see"' WHERE chain_pos = 2`);
      await app.close();
      const answer = await new AuditSection(page).check();
      expect(answer.intact).toBe(false);
      expect(answer.text).toMatch(/Altered \(position 2\): Entry 2 does not match its hash/);
      await shot('settings-audit-tampered');
    });
  },
);
