// Passwords for the command line: REDRESS_PASSPHRASE for scripted runs, otherwise a prompt on a
// terminal that does not echo what is typed. Never a flag (it would sit in shell history and `ps`).
import { createInterface } from 'node:readline';
import { UsageError } from './args';

export type AskPassphrase = (question: string) => Promise<string>;

/** The secrets a command may ask for, each with the variable scripts give it in. */
export const SECRETS = {
  password: { variable: 'REDRESS_PASSPHRASE', what: 'a password' },
  newPassword: { variable: 'REDRESS_NEW_PASSPHRASE', what: 'a new password' },
  recoveryKey: { variable: 'REDRESS_RECOVERY_KEY', what: 'the recovery key' },
} as const;

export type Secret = keyof typeof SECRETS;

export function secretSource(env: NodeJS.ProcessEnv, secret: Secret): AskPassphrase {
  const { variable, what } = SECRETS[secret];
  return async (question) => {
    const given = env[variable];
    if (given !== undefined) return given;
    if (!process.stdin.isTTY)
      throw new UsageError(
        `This needs ${what}: run it in a terminal (it will ask), or set ${variable} for scripts.`,
      );
    return promptHidden(question);
  };
}

export function passphraseSource(env: NodeJS.ProcessEnv): AskPassphrase {
  return secretSource(env, 'password');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    let asked = false;
    // Readline echoes every key through _writeToOutput: show the question, nothing typed after it.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
      if (!asked) process.stderr.write(s);
    };
    rl.question(question, (answer) => {
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
    asked = true;
  });
}
