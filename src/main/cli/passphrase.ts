// Passwords for the command line: REDRESS_PASSPHRASE for scripted runs, otherwise a prompt on a
// terminal that does not echo what is typed. Never a flag (it would sit in shell history and `ps`).
import { createInterface } from 'node:readline';
import { UsageError } from './args';

export type AskPassphrase = (question: string) => Promise<string>;

export function passphraseSource(env: NodeJS.ProcessEnv): AskPassphrase {
  return async (question) => {
    const given = env.REDRESS_PASSPHRASE;
    if (given !== undefined) return given;
    if (!process.stdin.isTTY)
      throw new UsageError(
        'This needs a password: run it in a terminal (it will ask), or set REDRESS_PASSPHRASE for scripts.',
      );
    return promptHidden(question);
  };
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
