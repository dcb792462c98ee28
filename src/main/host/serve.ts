// Runs the local host from a terminal:
//   npx tsx src/main/host/serve.ts [--data-dir DIR] [--port N] [--renderer-dir DIR] [--demo]
// Prints one line, `Redress is serving <url>`, and closes the store cleanly on SIGINT/SIGTERM.
// When it cannot start (a damaged or missing store, a read-only or network folder, a full disk,
// a mistaken option) it prints one sentence saying why, and exits 1.
import { moveRoamingStore, resolveDataDir, startupProblem } from '../dataDir';
import { demoOutcomeLine, seedDemoIfEmpty } from '../router/firstRunDemo';
import { keepDailyBackups } from './dailyBackups';
import { startLocalHost } from './localHost';
import { describeForLog } from '../router/logSafe';

class OptionError extends Error {}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  if (!value || value.startsWith('--')) throw new OptionError(`${name} needs a value`);
  return value;
}

let dataDir: string | undefined;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  dataDir = resolveDataDir(argv, process.env);
  const portText = option(argv, '--port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new OptionError(`--port must be a number from 0 to 65535, not ${portText}`);
  await moveRoamingStore(argv, process.env);

  const host = await startLocalHost({
    dataDir,
    port,
    rendererDir: option(argv, '--renderer-dir') ?? 'out/renderer',
    demo: argv.includes('--demo'),
  });
  const stopBackups = keepDailyBackups(host.app.dispatch, (line) => console.error(line));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    stopBackups();
    host.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(
          `Redress could not close cleanly after ${signal}: ${startupProblem(err, dataDir) ?? String(err)}`,
        );
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  if (argv.includes('--demo')) {
    console.error(demoOutcomeLine(await seedDemoIfEmpty(host.app.dispatch)));
  }
  console.log(`Redress is serving ${host.url}`);
}

main().catch((err: unknown) => {
  const plain = err instanceof OptionError ? err.message : startupProblem(err, dataDir);
  // Anything else is a fault in Redress: one line for the person, the detail for whoever fixes it.
  console.error(`Redress could not start: ${plain ?? describeForLog(err).split('\n')[0]}`);
  if (!plain && process.env.REDRESS_DEBUG) console.error(describeForLog(err));
  process.exit(1);
});
