// Runs the local host from a terminal:
//   npx tsx src/main/host/serve.ts [--data-dir DIR] [--port N] [--renderer-dir DIR] [--demo]
// Prints one line, `Redress is serving <url>`, and closes the store cleanly on SIGINT/SIGTERM.
import { mkdirSync } from 'node:fs';
import { resolveDataDir } from '../dataDir';
import { seedDemoIfEmpty } from '../router/firstRunDemo';
import { startLocalHost } from './localHost';

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env);
  const portText = option(argv, '--port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not ${portText}`);
  mkdirSync(dataDir, { recursive: true });

  const host = await startLocalHost({
    dataDir,
    port,
    rendererDir: option(argv, '--renderer-dir') ?? 'out/renderer',
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`Redress could not close cleanly after ${signal}:`, err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  if (argv.includes('--demo')) {
    const outcome = await seedDemoIfEmpty(host.app.dispatch);
    console.error(
      outcome.seeded ? `Demo data: ${outcome.cases} cases added.` : `Demo data not added: ${outcome.reason}.`,
    );
  }
  console.log(`Redress is serving ${host.url}`);
}

main().catch((err: unknown) => {
  console.error(`Redress could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
