// Roles in the real renderer: the same Settings screen for an administrator and for an officer
// sharing one laptop. The officer sees each manager's section as its heading and one sentence
// saying who may (the router refuses the procedures whatever the screen shows:
// tests/integration/roles.test.ts); the administrator sees the controls. Both states pass the axe gate at 1366×768.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from '../helpers';
import { AppPage } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';
import { lockByButton, SignInPage } from './pages/SignInPages';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { passwordBox } from './support/signIn';

const chromiumPath = findChromium();
const SHOTS = '/tmp/shots13/roles';

describe.skipIf(!chromiumPath)('what each role sees in Settings', () => {
  let root: string;
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let officerPassword = '';

  async function shot(name: string): Promise<void> {
    await checkAccessibility(page, `screenshot: ${name}`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }

  const policySection = () => page.getByRole('region', { name: 'Complaint policy' });

  beforeAll(async () => {
    assertRendererBuilt();
    root = mkdtempSync(join(tmpdir(), 'redress-e2e-roles-'));
    const dir = join(root, 'store');
    const cli = async (...argv: string[]) => {
      const r = await cliIn(dir, ...argv);
      if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.err}`);
      return r.out;
    };
    await cli('init', '--name', 'Ada Admin', '--initials', 'AA', '--role', 'administrator');
    // A colleague on the same laptop, added as administrators add people: a first password, once.
    const added = JSON.parse(
      await cli(
        'people',
        'add',
        '--name',
        'Olive Officer',
        '--initials',
        'OO',
        '--role',
        'officer',
        '--json',
      ),
    ) as { firstPassword: string };
    officerPassword = added.firstPassword;
    host = new TestHost(dir, undefined, { setUpByCli: true });
    await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('an administrator sees the complaint policy’s controls', async () => {
    const app = new AppPage(page);
    await app.open(host.url);
    await app.waitForHeading('My work');
    await new SettingsPage(page).openByShortcut();
    await policySection().getByRole('button', { name: /save/i }).first().waitFor();
    await expect(policySection().getByRole('note').count()).resolves.toBe(0);
    await policySection().scrollIntoViewIfNeeded();
    await shot('01-administrator-policy');
  });

  it('an officer on the same laptop sees who may change it instead, and nothing to press', async () => {
    await lockByButton(page);
    const signIn = new SignInPage(page);
    await signIn.waitForIt('sign in (roles)');
    await signIn.choose('Olive Officer');
    await signIn.signIn(officerPassword);
    // The administrator's first password is temporary: Olive chooses her own before anything opens.
    await page.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    await passwordBox(page, 'Your new password').fill('Olive chose this one herself');
    await passwordBox(page, 'Your new password again').fill('Olive chose this one herself');
    await page.keyboard.press('Enter');
    await new AppPage(page).waitForHeading('My work');
    await new SettingsPage(page).openByShortcut();
    await expect(policySection().getByRole('note').textContent()).resolves.toBe(
      'Only managers and administrators can change the complaints policy.',
    );
    await expect(policySection().getByRole('button').count()).resolves.toBe(0);
    await expect(
      page.getByRole('region', { name: 'People' }).getByRole('note').textContent(),
    ).resolves.toMatch(/^Only administrators can/);
    // How long the laptop waits before locking, and its recovery key, are its administrator's; the
    // password is theirs.
    const security = page.getByRole('region', { name: 'Sign-in and security' });
    await expect(security.getByRole('note').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Only administrators can change how soon/),
      'Only administrators can make a new recovery key.',
    ]);
    await expect(security.getByRole('button', { name: 'Change password' }).count()).resolves.toBe(1);
    await policySection().scrollIntoViewIfNeeded();
    await shot('02-officer-policy');
  });
});
