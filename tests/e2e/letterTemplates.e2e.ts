// Settings → Letter templates in the real renderer: download Redress's stage 1 response template,
// import a version with a placeholder Redress does not know (refused, naming it and the one left
// out), import a good one (used for its letter), and go back to Redress's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../src/main/services/letters/docx/placeholders';
import { shippedTemplate } from '../../src/main/services/letters/docx/resources';
import { editDocumentXml } from '../docx/templateEdits';
import { cliIn } from '../helpers';
import { AppPage, SCREENSHOTS } from './pages/AppPage';
import { LetterTemplatesSection } from './pages/LetterTemplatesSection';
import { SettingsPage } from './pages/SettingsPage';
import { findChromium, launchChromium } from './support/browser';
import { assertRendererBuilt, TestHost } from './support/host';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)(
  chromiumPath ? 'Letter templates in Settings' : 'Letter templates (Chromium not found: skipped)',
  () => {
    let root: string;
    let host: TestHost;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      assertRendererBuilt();
      root = mkdtempSync(join(tmpdir(), 'redress-e2e-templates-'));
      const { code, err } = await cliIn(
        join(root, 'store'),
        'init',
        '--name',
        'Sam Lee',
        '--role',
        'manager',
      );
      if (code !== 0) throw new Error(err);
      host = new TestHost(join(root, 'store'), undefined, { setUpByCli: true });
      await host.start();
      browser = await launchChromium(chromiumPath!);
      page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    });

    afterAll(async () => {
      await browser?.close();
      await host?.stop();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    it("downloads Redress's template for a letter", async () => {
      const app = new AppPage(page);
      await app.open(host.url);
      await app.waitForHeading('My work');
      await new SettingsPage(page).openByShortcut();
      const path = join(root, 'stage1.docx');
      await new LetterTemplatesSection(page).download('Stage 1 response', path);
      expect(await placeholdersIn(readFileSync(path))).toContain('decisions');
    });

    it('refuses a template with an unknown placeholder, naming it and the one missing', async () => {
      const path = join(root, 'closure-bad.docx');
      writeFileSync(
        path,
        editDocumentXml(shippedTemplate('closure'), (xml) =>
          xml.replace('{{actions_manager}}', '{{case_worker}}'),
        ),
      );
      const refusal = await new LetterTemplatesSection(page).import('Closure and satisfaction survey', path);
      expect(refusal).toContain('{{case_worker}}');
      expect(refusal).toContain('{{actions_manager}}');
      await new AppPage(page).screenshot('60-settings-template-refused');
      await new LetterTemplatesSection(page).region.screenshot({
        path: join(SCREENSHOTS, '60b-letter-templates-refused.png'),
      });
    });

    it("imports a good template, then goes back to Redress's", async () => {
      const path = join(root, 'closure-ours.docx');
      writeFileSync(path, shippedTemplate('closure'));
      const section = new LetterTemplatesSection(page);
      expect(await section.import('Closure and satisfaction survey', path)).toBeNull();
      await section.row('Closure and satisfaction survey').getByText('closure-ours.docx').waitFor();
      await new AppPage(page).screenshot('61-settings-template-imported');
      await section.region.screenshot({ path: join(SCREENSHOTS, '62-letter-templates-section.png') });
      await section.goBack('Closure and satisfaction survey');
    });
  },
);
