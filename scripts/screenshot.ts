import { TEST_PASSWORD, TEST_UNLOCK } from '../tests/helpers';
// `npm run screenshot`: the README's picture, taken from the real renderer against a real store
// with demo data (run `npm run build` first). Writes docs/screenshot.png (My work), docs/open-cases.png,
// docs/case-page.png and docs/performance.png (the managers' dashboard).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedress } from '../src/main/app';
import { seedStore } from '../src/main/services/demo';
import { reportingYearOf } from '../src/shared/reporting/period';
import { findChromium, launchChromium } from '../tests/e2e/support/browser';
import { assertRendererBuilt, ROOT, TestHost } from '../tests/e2e/support/host';

async function main() {
  assertRendererBuilt();
  const chromiumPath = findChromium();
  if (!chromiumPath)
    throw new Error('Chromium is needed: apt-get install -y chromium, or set CHROMIUM_PATH.');
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-shot-'));
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir });
  await app.dispatch('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    // A manager, so the same person's dashboard can be pictured too; My work is the same for any role.
    role: 'manager',
  });
  seedStore(app.context, { cases: 2000, seed: 11 });
  const year = reportingYearOf(new Date().toISOString().slice(0, 10));
  const homes = await app.dispatch('reporting.setHomes', { year, count: 30_000 });
  if (!homes.ok) throw new Error(homes.error.message);
  await app.close();

  // The store opens locked: its officer signs in as they would at the sign-in screen.
  const host = new TestHost(dataDir, undefined, { setUpByCli: true });
  const { url } = await host.start();
  const browser = await launchChromium(chromiumPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    await page.goto(url);
    // My work: the officer's open cases, most urgent first, with each Code deadline's RAG status.
    await page
      .getByRole('link', { name: /My work/ })
      .first()
      .click();
    await page.getByRole('table').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ROOT, 'docs/screenshot.png') });
    console.log('Wrote docs/screenshot.png');

    // Open cases at the size officers use: one page of the team's cases, with the total and the tiles.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page
      .getByRole('link', { name: /Open cases/ })
      .first()
      .click();
    await page.getByText(/^Showing 1–50 of/).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ROOT, 'docs/open-cases.png') });
    console.log('Wrote docs/open-cases.png');

    // A case page: who, what and where it stands, from the first of the officer's own cases.
    await page
      .getByRole('link', { name: /My work/ })
      .first()
      .click();
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(ROOT, 'docs/case-page.png') });
    console.log('Wrote docs/case-page.png');

    // The managers' dashboard, at its charts: this reporting year's open complaints by urgency and months.
    await page
      .getByRole('link', { name: /Performance/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Open complaints today/ }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(ROOT, 'docs/performance.png') });
    console.log('Wrote docs/performance.png');
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
