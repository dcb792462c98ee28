// The domain process: a Node process that Electron manages (utilityProcess). It owns the store and
// the router; the window reaches it through MessagePorts that the main process hands over.
//
// Protocol with main (process.parentPort):
//   main → here  { type: 'port' } + [MessagePortMain]   one per window (re)load
//   main → here  { type: 'shutdown' }                    close the store, then exit
//   here → main  { type: 'ready' } | { type: 'failed', message }
// Protocol on each port:
//   window → here { id, procedure, input }    here → window { id, result }
//
// Only Electron's *types* are imported: at runtime `process.parentPort` is all we need.
import type { MessageEvent, MessagePortMain, ParentPort } from 'electron';
import { AppError, type Result } from '../../shared/contract/errors';
import { openRedress, type RedressApp } from '../app';
import { moveRoamingStore, resolveDataDir, startupProblem } from '../dataDir';
import { keepDailyBackups } from '../host/dailyBackups';
import { demoOutcomeLine, seedDemoIfEmpty } from '../router/firstRunDemo';
import { callProcedure, toErrorPayload } from '../router/rpc';
import { describeForLog } from '../router/logSafe';

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  console.error('domain-process must be started by Electron (utilityProcess.fork).');
  process.exit(1);
}

const argv = process.argv.slice(2);
const dataDir = resolveDataDir(argv, process.env);

const opening: Promise<RedressApp> = (async () => {
  // Main asks for this when the default folder is used: a store in roaming AppData moves here once.
  if (argv.includes('--move-roaming')) await moveRoamingStore([], process.env);
  const demo = argv.includes('--demo');
  const app = await openRedress({ dataDir, autoSync: true, demo });
  keepDailyBackups(app.dispatch, (line) => console.error(`[redress] ${line}`));
  if (demo) console.log(`[redress] ${demoOutcomeLine(await seedDemoIfEmpty(app.dispatch))}`);
  return app;
})();

opening.then(
  () => parentPort.postMessage({ type: 'ready' }),
  (err: unknown) => {
    // The store's refusals are one sentence; anything else is a fault, logged in full.
    const plain = startupProblem(err, dataDir);
    if (plain) console.error(`[redress] ${plain}`);
    else console.error(`[redress] could not open the store: ${describeForLog(err)}`);
    parentPort.postMessage({ type: 'failed', message: plain ?? toErrorPayload(err).message });
  },
);

async function answer(message: unknown): Promise<Result<unknown>> {
  let app: RedressApp;
  try {
    app = await opening;
  } catch (err) {
    // Every call then says why the store could not be opened, in the same sentence (the store's
    // own refusals are AppErrors already; a disk's bare error is put into words here).
    const plain = err instanceof AppError ? null : startupProblem(err, dataDir);
    return { ok: false, error: plain ? { code: 'STORE_UNAVAILABLE', message: plain } : toErrorPayload(err) };
  }
  return callProcedure(app.dispatch, message);
}

function serve(port: MessagePortMain): void {
  port.on('message', ({ data }: MessageEvent) => {
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' && typeof id !== 'string') return;
    void answer(data).then((result) => port.postMessage({ id, result }));
  });
  port.on('close', () => port.removeAllListeners());
  port.start();
}

let shuttingDown = false;
parentPort.on('message', (event: MessageEvent) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'port') {
    for (const port of event.ports) serve(port);
  } else if (type === 'shutdown' && !shuttingDown) {
    shuttingDown = true;
    opening
      .then((app) => app.close())
      .catch((err: unknown) => console.error(`[redress] closing the store failed: ${describeForLog(err)}`))
      .finally(() => process.exit(0));
  }
});
