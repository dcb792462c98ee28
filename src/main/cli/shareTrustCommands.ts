// Trust on the central share from scripts: a join code for a new computer, and an
// administrator's approval of a computer that joined without one.
import { UsageError } from './args';
import { call, print, type Command } from './io';

export const shareTrustCommands: Record<string, Command> = {
  async 'share code'(app, f, _p, io) {
    f.rejectUnknown();
    const issued = await call(app, 'share.joinCode', {});
    print(
      io,
      issued,
      () =>
        `Join code: ${issued.code}\nOn the new computer: share join --share DIR --code ${issued.code}\nIt works once, until ${issued.expiresAt}.`,
    );
  },

  async 'share approve'(app, f, p, io) {
    const replicaId = p[0];
    if (!replicaId)
      throw new UsageError(
        'Say which computer to approve: share approve INSTALLATION-ID (see share status --json)',
      );
    f.rejectUnknown();
    const status = await call(app, 'share.approve', { replicaId });
    const device = status.devices.find((d) => d.replicaId === replicaId);
    print(io, status, () => `Approved ${device?.label ?? replicaId}: its changes are applied from now on.`);
  },
};

export const SHARE_TRUST_USAGE = `  share code [--json]                                  show a join code for a new computer (once, 24 hours)
  share approve INSTALLATION-ID                         approve a computer that joined without a code`;
