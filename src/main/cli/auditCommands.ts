// `audit verify` and `audit views REF`: the audit trail from scripts (managers and administrators).
import { UsageError } from './args';
import { call, ExitStatus, print, type Command } from './io';

export const auditCommands: Record<string, Command> = {
  async 'audit verify'(app, f, _p, io) {
    f.rejectUnknown();
    const report = await call(app, 'audit.verify', {});
    print(io, report, () =>
      [
        report.ok
          ? 'The audit trail is intact: no entry was altered, removed or inserted.'
          : 'The audit trail has been tampered with or damaged:',
        ...report.installations.flatMap((i) => [
          `  ${i.label ?? (i.thisComputer ? 'This computer' : 'Another computer')} (${i.installation}): ${i.entries} entries${i.unchained ? `, ${i.unchained} from before the chain (not checked)` : ''}${i.problems.length ? `, ${i.problems.length} problem(s)` : ', intact'}`,
          ...i.problems.map(
            (p) => `    ${p.kind}${p.position === null ? '' : ` at position ${p.position}`}: ${p.detail}`,
          ),
        ]),
      ].join('\n'),
    );
    return report.ok ? undefined : new ExitStatus(1);
  },

  async 'audit views'(app, f, p, io) {
    const ref = p[0];
    if (!ref) throw new UsageError('Give the case reference or id, e.g. audit views RD-26-K7-0001');
    f.rejectUnknown();
    const views = await call(app, 'audit.caseViews', { caseIdOrReference: ref });
    print(
      io,
      views.map((v) => ({
        at: v.at,
        person: v.person,
        installation: v.installation,
        action: v.action,
        record: v.record,
      })),
      () =>
        views.length
          ? views.map((v) => `${v.at.slice(0, 16).replace('T', ' ')}  ${v.person}  ${v.what}`).join('\n')
          : `Nobody has viewed ${ref} yet.`,
    );
  },
};

export const AUDIT_USAGE = `  audit verify [--json]                               check every installation's audit chain (exit 1 if anything was altered, removed or inserted)
  audit views REF [--json]                            who viewed a case (its resident, attachments and letters too), newest first`;
