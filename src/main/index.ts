// The Electron shell: one window, the app:// protocol, security settings and the hand-over of a
// MessagePort between the window and the domain process. It never touches the store: cases live
// in the domain process (src/main/electron/domainProcess.ts), reached through that port.
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  MessageChannelMain,
  powerMonitor,
  session,
  shell,
  type IpcMainEvent,
} from 'electron';
import { explicitDataDir, resolveDataDir } from './dataDir';
import { APP_ENTRY_URL, devServerUrl, isAppUrl } from './electron/appOrigin';
import { DomainSupervisor } from './electron/domainSupervisor';
import { lockOnSleep } from './electron/lockOnSleep';
import { registerAppScheme, serveAppScheme } from './electron/protocol';
import { hardenSessions } from './electron/security';
import { writeTempCopy } from './electron/openFile';
import { systemProxy } from './electron/systemProxy';

const argv = process.argv.slice(1);
let dataDir = '';
let dataDirExplicit = false;
try {
  // The same default as the CLI and the browser fallback, so every front door opens one store.
  dataDirExplicit = explicitDataDir(argv, process.env) !== undefined;
  dataDir = resolve(resolveDataDir(argv, process.env));
  // Owner-only, as the store creates it (the profile below would otherwise create it first).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
} catch (err) {
  dialog.showErrorBox('Redress could not start', err instanceof Error ? err.message : String(err));
  app.exit(2);
}
// One process per store: the browser profile (and so the single-instance lock, which Chromium
// keeps in the profile) lives beside the store, so two stores can be open at once but never one
// store twice. It is always on this computer's own disk: Electron's default on Windows is roaming
// AppData (%APPDATA%\Redress), which is often redirected to a file server.
if (dataDir) app.setPath('userData', join(dataDir, 'electron-profile'));

if (!dataDir || !app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  start();
}

function start(): void {
  const devUrl = devServerUrl(app.isPackaged);
  let mainWindow: BrowserWindow | null = null;
  let quitting = false;

  const domain = new DomainSupervisor({
    modulePath: join(__dirname, 'domain-process.js'),
    args: [
      '--data-dir',
      dataDir,
      ...(argv.includes('--demo') ? ['--demo'] : []),
      // The default folder: a store left in roaming AppData by an earlier version moves here once.
      ...(dataDirExplicit ? [] : ['--move-roaming']),
    ],
    onUnexpectedExit: (code) => {
      if (!quitting) void offerRestart(code);
    },
  });

  async function offerRestart(code: number): Promise<void> {
    const options = {
      type: 'error' as const,
      title: 'Redress',
      message: 'Redress stopped working',
      detail: `The part of Redress that keeps your cases stopped unexpectedly (exit code ${code}). Everything you had saved is kept. Restart to carry on.`,
      buttons: ['Restart Redress', 'Quit'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    };
    const { response } = mainWindow
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
    if (response !== 0) {
      app.quit();
      return;
    }
    domain.start();
    // The page's preload asks for a new port as it loads.
    mainWindow?.webContents.reload();
  }

  function createWindow(): void {
    const win = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 880,
      minHeight: 600,
      show: false,
      title: 'Redress',
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: join(__dirname, '../preload/index.js'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: true,
      },
    });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    void win.loadURL(devUrl ?? APP_ENTRY_URL);
  }

  // The window's preload asks for its port once per page load. Only our own top-level page in our
  // own window gets one (security checklist #17: validate the sender of every IPC message).
  ipcMain.on('redress:connect', (event: IpcMainEvent) => {
    const frame = event.senderFrame;
    if (
      !mainWindow ||
      event.sender !== mainWindow.webContents ||
      !frame ||
      frame.parent !== null ||
      !isAppUrl(frame.url, devUrl)
    ) {
      console.warn('[redress] refused a connection request from', frame?.url ?? 'an unknown frame');
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    if (!domain.connect(port1)) {
      port1.close();
      port2.close();
      return;
    }
    event.sender.postMessage('redress:port', null, [port2]);
  });

  // The folder picker for the central share: only for our own page, and it returns nothing but a path.
  ipcMain.handle('redress:pick-folder', async (event, title: unknown) => {
    const frame = event.senderFrame;
    if (!mainWindow || event.sender !== mainWindow.webContents || !frame || !isAppUrl(frame.url, devUrl))
      return null;
    const result = await dialog.showOpenDialog(mainWindow, {
      title: typeof title === 'string' ? title.slice(0, 200) : 'Choose a folder',
      properties: ['openDirectory', 'createDirectory'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  // An attachment opened with the system's viewer: a temporary copy of the bytes the window
  // fetched (already checked against their fingerprint). '' when it opened, else the reason.
  ipcMain.handle('redress:open-file', async (event, fileName: unknown, bytes: unknown) => {
    const frame = event.senderFrame;
    if (!mainWindow || event.sender !== mainWindow.webContents || !frame || !isAppUrl(frame.url, devUrl))
      return 'Refused';
    try {
      return await shell.openPath(writeTempCopy(fileName, bytes));
    } catch (error) {
      return (error as Error).message;
    }
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', (event) => {
    quitting = true;
    if (!domain.running) return;
    // Let the domain process close the store cleanly first, then quit for real.
    event.preventDefault();
    void domain.stop().finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    hardenSessions(devUrl);
    serveAppScheme(join(__dirname, '../renderer'));
    domain.useProxy(await systemProxy((url) => session.defaultSession.resolveProxy(url)));
    domain.start();
    createWindow();
    lockOnSleep({
      powerMonitor,
      openChannel: () => {
        const { port1, port2 } = new MessageChannelMain();
        if (domain.connect(port1)) return port2;
        port1.close();
        port2.close();
        return null;
      },
      // Main's own message: the preload only listens to main, so no window can fake it.
      tellWindow: () => mainWindow?.webContents.send('redress:locked'),
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
