// Smoke test of the real Electron shell: the window opens on app://redress/, is isolated and
// sandboxed, exposes only window.redress, and a call reaches the domain process and the store.
// Needs the Electron runtime (node_modules/electron/dist); where it is missing the suite is
// skipped with the reason. Detection looks at files only: never require('electron') here.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary, ROOT } from '../../scripts/tools.mjs';

const executablePath = findElectronBinary();
const SKIP_REASON = 'Electron runtime not installed here: skipped';
if (!executablePath) console.log(SKIP_REASON);

describe.skipIf(!executablePath)(
  executablePath ? 'Electron shell' : `Electron shell (${SKIP_REASON})`,
  () => {
    let app: ElectronApplication;
    let page: Page;
    let dataDir: string;

    beforeAll(async () => {
      if (!existsSync(join(ROOT, 'out/main/index.js')))
        throw new Error('Build first: npx electron-vite build');
      dataDir = mkdtempSync(join(tmpdir(), 'redress-electron-'));
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && key !== 'ELECTRON_RENDERER_URL')
          env[key] = value;
      }
      app = await _electron.launch({
        executablePath: executablePath!,
        // Chromium refuses to run as root without --no-sandbox (the renderer's sandbox setting stays on).
        args: [ROOT, '--data-dir', dataDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        env,
        timeout: 60_000,
      });
      page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
    });

    afterAll(async () => {
      await app?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('loads our page from app://redress with isolation, sandbox and no Node in the page', async () => {
      expect(page.url()).toMatch(/^app:\/\/redress\//);
      // getLastWebPreferences is not in Electron's typings, but exists at runtime; if it ever goes,
      // the page-side checks below still hold the line.
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
          getLastWebPreferences?: () => Record<string, unknown> | null;
        };
        const p = contents.getLastWebPreferences?.();
        return p
          ? {
              contextIsolation: p.contextIsolation,
              sandbox: p.sandbox,
              nodeIntegration: p.nodeIntegration,
              webSecurity: p.webSecurity,
            }
          : null;
      });
      if (prefs)
        expect(prefs).toEqual({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
        });
      // contextBridge only works with context isolation, and hands the page a native proxy.
      expect(await page.evaluate(() => String(window.redress?.invoke))).toContain('[native code]');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe(
        'undefined',
      );
      // The bridge's whole surface: calls, the folder picker, opening a file, hearing of a lock.
      expect(await page.evaluate(() => Object.keys(window.redress ?? {}).sort())).toEqual([
        'invoke',
        'onLocked',
        'openFile',
        'pickFolder',
      ]);
    });

    it('answers window.redress.invoke("app.status") from the domain process', async () => {
      const result = await page.evaluate(() => window.redress!.invoke('app.status', {}));
      expect(result.ok).toBe(true);
      if (result.ok) expect((result.value as { dataDir: string }).dataDir).toBe(dataDir);
    });

    it('returns errors as data, not exceptions', async () => {
      const result = await page.evaluate(() => window.redress!.invoke('no.such.procedure', {}));
      expect(result.ok).toBe(false);
    });

    it('opens no new windows and does not navigate away', async () => {
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/redress\//);
      expect(app.windows()).toHaveLength(1);
    });
  },
);
