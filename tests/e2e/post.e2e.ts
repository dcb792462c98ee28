// The post run in the real renderer served by the local host, by keyboard: today's letters to go
// by post, exported (a browser window has no folder picker, so into the data folder's exports),
// letters.pdf downloaded, the letters marked posted; then an export cancelled part-way. Every
// state is checked by axe; screenshots saved.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../src/main/host/localHost';
import type { PostList } from '../../src/shared/contract/post';
import { issueTestLetter } from '../postLetters';
import { AppPage } from './pages/AppPage';
import { PostScreen } from './pages/PostPage';
import { WelcomePage } from './pages/WelcomePage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('the post run', () => {
  let dataDir: string;
  let host: TestHost;
  let local: LocalHost;
  let browser: Browser;
  let page: Page;
  let app: AppPage;
  let today: string;

  async function call<T>(procedure: string, input: unknown): Promise<T> {
    const result = await local.app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    assertRendererBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-e2e-post-'));
    host = new TestHost(dataDir);
    local = await host.start();
    browser = await launchChromium(chromiumPath!);
    page = await browser.newPage({
      viewport: { width: 1360, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page.setDefaultTimeout(10_000);
    app = new AppPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists today’s letters to go by post', async () => {
    await app.open(host.url);
    const welcome = new WelcomePage(page);
    await welcome.setUpOfficer('Priya Shah');
    await welcome.startWithEmptyStore();
    await app.waitForHeading('My work');

    today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()),
    );
    const a = await call<{ id: string }>('cases.open', { type: 'complaint', summary: 'Leak not fixed' });
    const b = await call<{ id: string }>('cases.open', { type: 'complaint', summary: 'Missed repairs' });
    await issueTestLetter(local.app, {
      caseId: a.id,
      issuedOn: today,
      addressee: { name: 'Siân O’Brien', addressLines: ['Flat 2, Tŷ Glas', 'Caerdydd', 'CF10 1AA'] },
      pages: 2,
    });
    await issueTestLetter(local.app, {
      caseId: b.id,
      issuedOn: today,
      method: 'both',
      type: 'extension',
      addressee: { name: 'Joan Okafor', addressLines: ['1 Mill Lane', 'Leeds', 'LS1 4AB'] },
      copyTo: 'Tom Okafor (representative)',
    });
    await issueTestLetter(local.app, {
      caseId: b.id,
      issuedOn: today,
      method: 'email',
      addressee: { name: 'Joan Okafor', addressLines: [] },
    });

    const post = new PostScreen(page);
    await post.openFromNavigation();
    await expect(post.rows().count()).resolves.toBe(2);
    expect(await post.caption()).toMatch(/^2 letters to go by post issued .*: 2 not yet posted, 0 posted\.$/);
    await expect(post.rows().first().textContent()).resolves.toContain('Siân O’Brien');
    await app.screenshot('post-01-letters');
  });

  it('exports them, downloads letters.pdf, and marks them posted', async () => {
    const post = new PostScreen(page);
    await post.startExport('2 letters');
    await post.waitForResult('Exported 2 letters');
    await app.screenshot('post-02-exported');

    const folder = join(local.app.dataDir, 'exports', `Post ${today}`);
    await post.result.getByText(folder).waitFor();
    expect(readdirSync(folder).sort()).toEqual(
      expect.arrayContaining(['letters.pdf', 'manifest.csv', 'labels.docx']),
    );
    const pdf = await post.download('letters.pdf');
    expect(pdf.suggestedFilename()).toBe('letters.pdf');
    expect(readFileSync((await pdf.path())!).equals(readFileSync(join(folder, 'letters.pdf')))).toBe(true);

    await post.markPosted('2 letters');
    // Only letters not yet posted are listed: none now.
    await page
      .getByText(/: 0 not yet posted, 2 posted\. Every one of them has been marked as posted\./)
      .waitFor();
    await app.screenshot('post-03-marked');
    const list = await call<PostList>('post.list', { from: today, to: today });
    expect(list.letters.map((l) => l.postedOn)).toEqual([today, today]);
  });

  it('cancels an export part-way, leaving nothing behind', async () => {
    const post = new PostScreen(page);
    await post.toggleUnpostedOnly();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    await post.startExport('2 letters');
    await app.screenshot('post-04-exporting');
    await post.cancelExport();
    expect(existsSync(join(local.app.dataDir, 'exports', `Post ${today} (2)`))).toBe(false);
    expect(app.problems).toEqual([]);
  });
});
