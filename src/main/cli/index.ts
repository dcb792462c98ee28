// `npm run cli -- <command>`: another front door onto the same router as the app.
import { AppError } from '../../shared/contract/errors';
import { needsSignIn, openRedress } from '../app';
import { moveRoamingStore, resolveDataDir, startupProblem } from '../dataDir';
import { Flags, parseArgs, UsageError } from './args';
import { commands, USAGE } from './commands';
import { ExitStatus, type Io } from './io';
import { passphraseSource, secretSource } from './passphrase';
import { OPENS_WITHOUT_PASSWORD } from './signInCommands';
import { describeForLog } from '../router/logSafe';

export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: Omit<Io, 'json' | 'passphrase' | 'secret'>,
): Promise<number> {
  const passphrase = passphraseSource(env);
  const secret: Io['secret'] = (kind, question) => secretSource(env, kind)(question);
  const { positional, flags } = parseArgs(argv);
  const json = flags.get('json') === true || flags.get('json') === 'true';
  if (positional.length === 0 || flags.has('help') || positional[0] === 'help') {
    io.out(USAGE);
    return positional.length === 0 && !flags.has('help') ? 2 : 0;
  }
  const two = positional.slice(0, 2).join(' ');
  const name = commands[two] ? two : positional[0]!;
  const command = commands[name];
  if (!command) {
    io.progress(`Unknown command "${positional.join(' ')}".\n\n${USAGE}`);
    return 2;
  }
  let app;
  let dataDir: string | undefined;
  try {
    dataDir = resolveDataDir(argv, env);
    await moveRoamingStore(argv, env);
    // Every command acts as someone: a set-up store opens only with a password (REDRESS_USER, by
    // initials or id, says whose when several people sign in here; otherwise whoever's it is).
    // Resetting a forgotten password opens the store with the recovery key instead.
    const unlock =
      needsSignIn(dataDir) && !OPENS_WITHOUT_PASSWORD.has(name)
        ? { password: await passphrase('Password: '), person: env.REDRESS_USER || undefined }
        : undefined;
    app = await openRedress({ dataDir, unlock });
  } catch (error) {
    if (error instanceof UsageError) {
      io.progress(error.message);
      return 2;
    }
    // The store's refusals (damaged, missing, read-only, a network folder, …) are already one sentence.
    const problem = startupProblem(error, dataDir);
    if (json && error instanceof AppError) io.out(JSON.stringify({ error: error.toPayload() }, null, 2));
    if (error instanceof AppError && !problem) {
      io.progress(error.message);
      return 1;
    }
    io.progress(problem ?? `Cannot open the case store: ${describeForLog(error)}`);
    return problem && /^--data-dir/.test(problem) ? 2 : 1;
  }
  try {
    // A temporary password (one an administrator gave) opens nothing but the choice of one's own.
    if (name !== 'signin' && (await app.session.status()).state === 'choosePassword') {
      io.progress(
        'Your password is a temporary one an administrator gave you: run signin in a terminal to choose your own first (scripts: REDRESS_NEW_PASSPHRASE).',
      );
      return 1;
    }
    const result = await command(app, new Flags(flags), positional.slice(name.split(' ').length), {
      ...io,
      json,
      passphrase,
      secret,
    });
    return result instanceof ExitStatus ? result.code : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.progress(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppError) {
      if (json) io.out(JSON.stringify({ error: error.toPayload() }, null, 2));
      io.progress(error.message);
      return error.code === 'VALIDATION' ? 2 : 1;
    }
    const problem = startupProblem(error, dataDir);
    // Scripts' output ends up in logs: the fault's kind and place, never its message (logSafe.ts).
    io.progress(problem ?? `Redress failed: ${describeForLog(error)}`);
    return 1;
  } finally {
    await app.close();
  }
}

const isMain = process.argv[1] && /cli[\\/]index\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), process.env, {
    out: (text) => process.stdout.write(`${text}\n`),
    progress: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
