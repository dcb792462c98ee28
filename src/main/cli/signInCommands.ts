// Sign-in from the command line: who you are (and, with a temporary password, choosing your own),
// resetting a forgotten password with the recovery key, and making a new recovery key.
import { UsageError } from './args';
import { call, print, type Command } from './io';

/** Commands that open a set-up store without anyone's password (the recovery key opens it). */
export const OPENS_WITHOUT_PASSWORD: ReadonlySet<string> = new Set(['people reset-password']);

const RECOVERY_KEY_WORDS =
  'Recovery key (shown this once: write it down and keep it locked away; it opens this store if every password is lost)';

export const signInCommands: Record<string, Command> = {
  /** Authentication happens as the store opens (runCli): this says who that made you. */
  async signin(app, f, _p, io) {
    f.rejectUnknown();
    let status = await call(app, 'session.status', {});
    if (status.state === 'choosePassword') {
      io.progress(`${status.me!.name}, your password is a temporary one: choose your own now.`);
      const next = await io.secret('newPassword', 'Your own password (at least 10 characters): ');
      status = await call(app, 'session.choosePassword', { next });
    }
    print(io, status, () =>
      status.me
        ? `Signed in as ${status.me.name} (${status.me.initials}), ${status.me.role}.`
        : 'Nobody is set up on this computer yet: run init --name "Your Name" first.',
    );
  },

  async 'people reset-password'(app, f, p, io) {
    const personId = p[0];
    if (!personId)
      throw new UsageError(
        'Give the id of the person whose password to reset, e.g. people reset-password 0193… (people list shows ids; REDRESS_RECOVERY_KEY or a prompt gives the key)',
      );
    f.rejectUnknown();
    const recoveryKey = await io.secret('recoveryKey', 'Recovery key (as printed at set-up): ');
    const next = await io.secret('newPassword', 'Their new password (at least 10 characters): ');
    const status = await call(app, 'session.recover', { recoveryKey, personId, next });
    print(
      io,
      status,
      () =>
        `${status.me!.name}'s password is reset with the recovery key, and recorded so. Anyone who saw the old recovery key can still use it: an administrator can make a new one with recovery-key new.`,
    );
  },

  async 'recovery-key new'(app, f, _p, io) {
    f.rejectUnknown();
    const made = await call(app, 'session.newRecoveryKey', {});
    print(
      io,
      made,
      () => `The old recovery key no longer opens this store.\n${RECOVERY_KEY_WORDS}:\n  ${made.recoveryKey}`,
    );
  },
};

export const SIGN_IN_USAGE = `  signin                                              checks your password (REDRESS_PASSPHRASE, or it asks) and says who you are;
                                                      with a temporary password, asks for your own (REDRESS_NEW_PASSPHRASE)
  people reset-password PERSON-ID                     every password forgotten: the recovery key (REDRESS_RECOVERY_KEY, or it asks)
                                                      sets their new password (REDRESS_NEW_PASSPHRASE, or it asks)
  recovery-key new                                    administrators: a new recovery key, printed once; the old one stops working`;
