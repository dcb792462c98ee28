// Signing in, by keyboard, in the real renderer served by the local host on an encrypted store:
// set-up with a password and the recovery key shown once, Lock from the header (nothing of the
// case stays on screen), a wrong password refused in plain words, signing back in to the same
// case, a changed password, Redress locking itself after a minute without use (the page's clock is
// moved on, not waited for), and a procedure answering SIGNED_OUT; then a colleague's temporary
// first password giving way to their own, a forgotten password reset with the recovery key, and a
// new recovery key from Settings. Every state passes the axe gate at 1366×768; pictures go to
// /tmp/shots13/signin and (the recovery screens) /tmp/shots14/recovery.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import { AppPage } from './pages/AppPage';
import {
  lockByButton,
  RecoveryPage,
  SecuritySettings,
  SignInPage,
  storeShownRecoveryKey,
} from './pages/SignInPages';
import { WelcomePage } from './pages/WelcomePage';
import { checkAccessibility } from './support/accessibility';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';
import { E2E_PASSWORD, passwordBox } from './support/signIn';

const chromiumPath = findChromium();
const SHOTS = process.env.REDRESS_SIGNIN_SHOTS ?? '/tmp/shots13/signin';
const SUMMARY = 'Damp in the back bedroom, reported three times';
const NEW_PASSWORD = 'a kettle on the windowsill';
const COLLEAGUE_PASSWORD = 'tom reid first password';
const TOMS_OWN_PASSWORD = 'tom picked this himself';
const RECOVERED_PASSWORD = 'priya found her feet again';
const RECOVERY_SHOTS = process.env.REDRESS_RECOVERY_SHOTS ?? '/tmp/shots14/recovery';

describe.skipIf(!chromiumPath)('signing in, locking and passwords', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let signIn: SignInPage;
  let caseRef = '';
  let caseId = '';
  let recoveryKey = '';

  async function shot(name: string, folder = SHOTS): Promise<void> {
    await checkAccessibility(page, `screenshot: ${name}`);
    mkdirSync(folder, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(folder, `${name}.png`) });
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-signin-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    // The page's own clock, running at the normal pace until a test moves it on.
    await page.clock.install();
    app = new AppPage(page);
    signIn = new SignInPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up with a password, then shows the recovery key once and asks for it to be stored', async () => {
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.fillAboutYou('Priya Shah', E2E_PASSWORD, 'not the same password');
    await page.getByText('The two passwords are different').waitFor();
    await passwordBox(page, 'Choose a password').fill('short');
    await passwordBox(page, 'Type the password again').fill('short');
    await page.keyboard.press('Enter');
    await page.getByText('A password needs at least 10 characters').waitFor();
    await shot('01-set-up-password-rules');

    await passwordBox(page, 'Choose a password').fill(E2E_PASSWORD);
    await passwordBox(page, 'Type the password again').fill(E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await welcome.recoveryKey.waitFor();
    const key = ((await welcome.recoveryKey.textContent()) ?? '').trim();
    expect(key.length).toBeGreaterThanOrEqual(20);
    recoveryKey = key;
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(true);
    await shot('02-recovery-key');

    // Not before it is stored.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Tick this once the key is printed or written down').waitFor();
    await shot('03-recovery-key-not-ticked');
    await welcome.storeRecoveryKey();
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');
    // Shown once: nowhere on the page any more.
    await expect(page.getByText(key).count()).resolves.toBe(0);
  });

  it('locks from the header: the sign-in screen replaces the case, and none of it stays on the page', async () => {
    const opened = await local.app.dispatch('cases.open', { type: 'complaint', summary: SUMMARY });
    if (!opened.ok) throw new Error(opened.error.message);
    ({ id: caseId, reference: caseRef } = opened.value as { id: string; reference: string });
    await page.goto(`${host.url.split('#')[0]}#/cases/${encodeURIComponent(caseId)}`);
    await app.waitForHeading(caseRef);
    await expect(page.getByText(SUMMARY).first().isVisible()).resolves.toBe(true);
    await shot('04-case-before-lock');

    await lockByButton(page);
    await signIn.waitForIt('Sign in after Lock');
    await expect(page.getByText(SUMMARY).count()).resolves.toBe(0);
    await expect(page.getByText(caseRef).count()).resolves.toBe(0);
    // The only person here is already chosen, and the password box has focus.
    await expect(page.getByRole('radio', { name: 'Priya Shah' }).getAttribute('aria-checked')).resolves.toBe(
      'true',
    );
    await shot('05-sign-in');
  });

  it('refuses a wrong password in plain words, and a Show button reveals what was typed', async () => {
    await signIn.signIn('not my password at all');
    await signIn.passwordError.waitFor();
    await shot('06-wrong-password');

    await signIn.passwordField.fill('shown as typed');
    await page.getByRole('button', { name: 'Show password' }).click();
    await expect(signIn.passwordField.getAttribute('type')).resolves.toBe('text');
    await page.getByRole('button', { name: 'Hide password' }).waitFor();
    await signIn.passwordField.fill('');

    // After the third wrong password in a row the next try must wait, and the screen counts the
    // wait down (the password is checked with a slow KDF, so each answer takes a moment).
    for (let i = 0; i < 2; i++) {
      await signIn.signIn(`wrong guess number ${i}`);
      await expect.poll(() => signIn.passwordField.inputValue(), { timeout: 15_000 }).toBe('');
    }
    await signIn.waitNotice.waitFor();
    const first = await signIn.waitNotice.textContent();
    await shot('07-wait');
    await expect.poll(() => signIn.waitNotice.textContent(), { timeout: 5000 }).not.toBe(first);
    await expect(page.getByRole('button', { name: 'Sign in' }).isDisabled()).resolves.toBe(true);
  });

  it('signs back in to the same case', async () => {
    await signIn.waitNotice.waitFor({ state: 'detached', timeout: 30_000 });
    await signIn.signIn();
    await app.waitForHeading(caseRef);
    await expect(page.getByText(SUMMARY).first().isVisible()).resolves.toBe(true);
    expect(page.url()).toContain(`#/cases/${encodeURIComponent(caseId)}`);
  });

  it('changes the password in Settings, refusing a wrong current one on its field', async () => {
    await page.keyboard.press('Alt+S');
    await app.waitForHeading('Settings');
    const security = new SecuritySettings(page);
    await security.changePassword(E2E_PASSWORD, NEW_PASSWORD, 'something else entirely');
    await security.section.getByText('The two new passwords are different').waitFor();
    await security.changePassword('not my password at all', NEW_PASSWORD);
    await security.section.getByText(/^That is not your current password/).waitFor();
    await security.section.scrollIntoViewIfNeeded();
    await checkAccessibility(page, 'Settings: wrong current password');
    await page.screenshot({ path: join(SHOTS, '08-change-password-wrong.png') });

    if (await security.section.getByText(/Too many tries/).isVisible()) await page.waitForTimeout(1000 * 31);
    await security.changePassword(E2E_PASSWORD, NEW_PASSWORD);
    await page.getByText('Your password is changed').waitFor();

    // The old password no longer opens it; the new one does.
    await page.keyboard.press('Control+Shift+L');
    await signIn.waitForIt('Sign in after Ctrl+Shift+L');
    await signIn.signIn(NEW_PASSWORD);
    await app.waitForHeading('Settings');
  });

  it('locks itself after a minute without use, and says why', async () => {
    const security = new SecuritySettings(page);
    await security.setLockAfter('0');
    await security.section.getByText('At least 1 minute').waitFor();
    await security.setLockAfter('1');
    await page.getByText('Redress now locks after 1 minute without use').waitFor();
    await security.section.scrollIntoViewIfNeeded();
    await checkAccessibility(page, 'Settings: lock after 1 minute');
    await page.screenshot({ path: join(SHOTS, '09-security-settings.png') });

    await page.clock.fastForward('01:05');
    await signIn.waitForIt('Sign in after inactivity');
    await page.getByText('Redress locked itself because it was not used for a while.').waitFor();
    await shot('10-locked-after-inactivity');
    await signIn.signIn(NEW_PASSWORD);
    await app.waitForHeading('Settings');
  });

  it('shows the sign-in screen with a plain sentence when a procedure answers SIGNED_OUT', async () => {
    // Redress restarted behind the window's back: the store opens locked, and the window's next
    // call is refused SIGNED_OUT (as after another computer's sync deactivated this person).
    await host.stop();
    local = await host.start();
    await page.keyboard.press('Alt+C');
    await signIn.waitForIt('Sign in after SIGNED_OUT');
    await page.getByText(/You have been signed out/).waitFor();
    await shot('11-signed-out');
    await signIn.signIn(NEW_PASSWORD);
    await app.waitForHeading('Cases');
    // The request in flight when the host stopped is the only one allowed to have failed.
    expect(app.problems.filter((p) => !/net::ERR_CONNECTION_(RESET|REFUSED)/.test(p))).toEqual([]);
  });

  it('lets a colleague given a first password pick themselves, choose their own password, and start at My work', async () => {
    await page.keyboard.press('Alt+S');
    await app.waitForHeading('Settings');
    const people = page.getByRole('region', { name: 'People' });
    await people.getByRole('button', { name: 'Add colleague' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a colleague' });
    await dialog.waitFor();
    await page.keyboard.type('Tom Reid');
    await passwordBox(dialog, 'First password \\(optional\\)').fill(COLLEAGUE_PASSWORD);
    await checkAccessibility(page, 'dialog: Add a colleague with a first password');
    await page.keyboard.press('ControlOrMeta+Enter');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+Shift+L');
    await signIn.waitForIt('Sign in with two people');
    await expect(page.getByRole('radio').count()).resolves.toBe(2);
    await signIn.choose('Tom Reid');
    await shot('12-sign-in-two-people');
    await signIn.signIn(COLLEAGUE_PASSWORD);
    // The first password was an administrator's: nothing opens until Tom chooses his own.
    await page.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    await expect(page.getByRole('banner').count()).resolves.toBe(0);
    await passwordBox(page, 'Your new password').fill(COLLEAGUE_PASSWORD);
    await passwordBox(page, 'Your new password again').fill(COLLEAGUE_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText('Choose a password of your own, not the one you were given').waitFor();
    await shot('01-choose-own-password', RECOVERY_SHOTS);
    await passwordBox(page, 'Your new password').fill(TOMS_OWN_PASSWORD);
    await passwordBox(page, 'Your new password again').fill(TOMS_OWN_PASSWORD);
    await page.keyboard.press('Enter');
    // Someone else's screen is not theirs to land on.
    await app.waitForHeading('My work');
    await page.getByRole('group', { name: /^Signed in as Tom Reid/ }).waitFor();
  });

  it('a forgotten password: the recovery key (typed loosely) sets a new one and signs that person in', async () => {
    await page.keyboard.press('Control+Shift+L');
    await signIn.waitForIt('Sign in before recovery');
    const recovery = new RecoveryPage(page);
    await recovery.open();
    await checkAccessibility(page, 'Recovery: the key');
    await recovery.enterKey('ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567');
    await page.getByText('That is not this computer’s recovery key. Check each group of four.').waitFor();
    await shot('02-recovery-wrong-key', RECOVERY_SHOTS);

    await recovery.enterKey(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('radiogroup', { name: 'Whose password?' }).waitFor();
    await expect(page.getByRole('radio').count()).resolves.toBe(2);
    await recovery.setPassword(RECOVERED_PASSWORD, 'not the same one at all');
    await page.getByText('Choose whose password to set', { exact: true }).waitFor();
    await page.getByText('The two new passwords are different').waitFor();
    await shot('03-recovery-whose-password', RECOVERY_SHOTS);
    await page.getByRole('radio', { name: 'Priya Shah' }).check();
    await recovery.setPassword(RECOVERED_PASSWORD);

    // Priya is an administrator: she is offered a new key, since the old one has been out.
    await page
      .getByText('Priya Shah’s new password is set, and you are signed in as them.', { exact: false })
      .waitFor();
    await shot('04-recovery-done-offer-new-key', RECOVERY_SHOTS);
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await page.getByLabel('Redress recovery key').waitFor();
    await shot('05-recovery-new-key', RECOVERY_SHOTS);
    const made = await storeShownRecoveryKey(page, 'Recovery: the new key');
    expect(made).not.toBe(recoveryKey);
    recoveryKey = made;
    await app.waitForHeading('My work');
    await page.getByRole('group', { name: /^Signed in as Priya Shah/ }).waitFor();

    // The recovered password opens it from now on.
    await page.keyboard.press('Control+Shift+L');
    await signIn.waitForIt('Sign in after recovery');
    await signIn.choose('Priya Shah');
    await signIn.signIn(RECOVERED_PASSWORD);
    await app.waitForHeading('My work');
  });

  it('makes a new recovery key from Settings (administrators), shown once with the print step', async () => {
    await page.keyboard.press('Alt+S');
    await app.waitForHeading('Settings');
    const security = new SecuritySettings(page);
    await security.section.scrollIntoViewIfNeeded();
    await security.section.getByRole('button', { name: 'Make a new recovery key' }).click();
    await security.section.getByLabel('Redress recovery key').waitFor();
    await security.section.getByLabel('Redress recovery key').scrollIntoViewIfNeeded();
    await checkAccessibility(page, 'Settings: new recovery key');
    mkdirSync(RECOVERY_SHOTS, { recursive: true });
    await page.screenshot({ path: join(RECOVERY_SHOTS, '06-settings-new-recovery-key.png') });
    const made = await storeShownRecoveryKey(page, 'Settings: new recovery key');
    expect(made).not.toBe(recoveryKey);
    await page.getByText('The new recovery key is in use').waitFor();
    // The key before it no longer opens the store.
    const old = await local.app.dispatch('session.recoveryPeople', { recoveryKey });
    expect(old).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
  });
});
