// Remedies and promised actions from scripts: the same procedures as the app. Amounts are written
// in pounds (--amount 150.00) and stored as whole pence.
import type { PromisedAction, Remedy } from '../../shared/contract/remedyTypes';
import { isIsoDate, todayIso } from '../../shared/complaints/calendar';
import { formatPounds, poundsToPence } from '../../shared/remedies/money';
import { actionDueWords } from '../../shared/remedies/actions';
import {
  CHANNELS,
  COMPENSATION_HEADS,
  REMEDY_KINDS,
  REMEDY_KIND_LABELS,
  REMEDY_STATUS_LABELS,
  type Channel,
  type CompensationHead,
  type RemedyKind,
} from '../../shared/domain/vocabulary';
import type { RedressApp } from '../app';
import { Flags, UsageError } from './args';
import { call, print, type Command, type Io } from './io';

function optionalDate(f: Flags, name = 'on'): string | undefined {
  const v = f.string(name);
  if (v !== undefined && !isIsoDate(v))
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not "${v}"`);
  return v;
}

function first(p: string[], what: string, example: string): string {
  const v = p[0];
  if (!v) throw new UsageError(`Give the ${what}, e.g. ${example}`);
  return v;
}

async function caseId(app: RedressApp, key: string): Promise<string> {
  return (await call(app, 'cases.get', { idOrReference: key })).case.id;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function reportRemedy(io: Io, r: Remedy): void {
  print(io, r, () => {
    const money = r.amountPence === null ? '' : ` ${formatPounds(r.amountPence)}`;
    const band = r.band ? ` (Ombudsman guidance: ${r.band.label} — ${r.band.meaning})` : '';
    const panel = r.needsSignOff
      ? r.approvedAt
        ? ` Approved by the panel (${r.approvedByName ?? r.approvedBy}).`
        : ' Needs compensation panel sign-off before it is offered.'
      : '';
    return `Remedy ${r.id}: ${REMEDY_KIND_LABELS[r.kind]}${money}${band}, ${REMEDY_STATUS_LABELS[r.status].toLowerCase()}.${panel}`;
  });
}

function reportAction(io: Io, a: PromisedAction): void {
  print(
    io,
    a,
    () =>
      `Action ${a.id} on ${a.caseReference}: ${a.what} — ${a.owner}, ${actionDueWords(a, todayIso(new Date()))}.`,
  );
}

function remedyStep(
  procedure: 'remedies.offer' | 'remedies.accept' | 'remedies.decline' | 'remedies.pay',
): Command {
  return async (app, f, p, io) => {
    const id = first(p, 'remedy id', `remedy ${procedure.slice(9)} <remedy-id>`);
    const on = optionalDate(f);
    const offset =
      procedure === 'remedies.accept' || procedure === 'remedies.pay' ? f.bool('offset-arrears') : false;
    f.rejectUnknown();
    reportRemedy(io, await call(app, procedure, { id, on, ...(offset ? { offsetArrears: true } : {}) }));
  };
}

/** The action list's contract: these field names are what scripts read. */
function listed(a: PromisedAction) {
  return {
    id: a.id,
    caseReference: a.caseReference,
    what: a.what,
    owner: a.owner,
    ownerContact: a.ownerContact,
    due: a.dueOn,
    status: a.status,
    daysOverdue: a.daysOverdue,
  };
}

export const remedyCommands: Record<string, Command> = {
  async 'remedy add'(app, f, p, io) {
    const key = first(p, 'case reference or id', 'remedy add RD-26-K7-0001 --kind apology');
    const kind = oneOf<RemedyKind>(f.required('kind', 'apology'), REMEDY_KINDS, 'kind');
    const text = f.string('text');
    const amountText = f.string('amount');
    const headsText = f.string('heads');
    f.rejectUnknown();
    let amountPence: number | undefined;
    if (amountText !== undefined) {
      const pence = poundsToPence(amountText);
      if (pence === null)
        throw new UsageError(`--amount must be pounds and pence, e.g. 150.00, not "${amountText}"`);
      amountPence = pence;
    }
    const heads = headsText
      ?.split(',')
      .map((h) => oneOf<CompensationHead>(h.trim(), COMPENSATION_HEADS, 'heads'));
    const remedy = await call(app, 'remedies.add', {
      caseId: await caseId(app, key),
      kind,
      text,
      amountPence,
      heads,
    });
    reportRemedy(io, remedy);
  },
  async 'remedy approve'(app, f, p, io) {
    const id = first(p, 'remedy id', 'remedy approve <remedy-id>');
    f.rejectUnknown();
    reportRemedy(io, await call(app, 'remedies.approve', { id }));
  },
  'remedy offer': remedyStep('remedies.offer'),
  'remedy accept': remedyStep('remedies.accept'),
  'remedy decline': remedyStep('remedies.decline'),
  'remedy pay': remedyStep('remedies.pay'),

  async 'action add'(app, f, p, io) {
    const key = first(p, 'case reference or id', 'action add RD-26-K7-0001 --what "Replace the pipe" …');
    const input = {
      what: f.required('what', '"Replace the leaking pipe"'),
      owner: f.required('owner', '"Repairs team"'),
      ownerContact: f.required('owner-contact', '"0161 555 0100"'),
      dueOn: optionalDate(f, 'due'),
      remedyId: f.string('remedy'),
    };
    f.rejectUnknown();
    if (!input.dueOn) throw new UsageError('--due is required, e.g. --due 2026-05-01');
    reportAction(
      io,
      await call(app, 'actions.add', { caseId: await caseId(app, key), ...input, dueOn: input.dueOn }),
    );
  },
  async 'action update'(app, f, p, io) {
    const id = first(p, 'action id', 'action update <action-id> --method phone --said "…"');
    const method = oneOf<Channel>(f.required('method', 'phone'), CHANNELS, 'method');
    const said = f.required('said', '"Plumber booked for Thursday"');
    const on = optionalDate(f);
    f.rejectUnknown();
    reportAction(io, await call(app, 'actions.update', { id, method, said, on }));
  },
  async 'action complete'(app, f, p, io) {
    const id = first(p, 'action id', 'action complete <action-id> --evidence "…"');
    const evidence = f.required('evidence', '"Job 4411 signed off by the surveyor"');
    const on = optionalDate(f);
    f.rejectUnknown();
    reportAction(io, await call(app, 'actions.complete', { id, evidence, on }));
  },
  async 'action list'(app, f, _p, io) {
    const overdue = f.bool('overdue');
    const owner = f.string('owner');
    f.rejectUnknown();
    const actions: PromisedAction[] = [];
    let today = todayIso(new Date());
    for (let offset = 0; ;) {
      const page = await call(app, 'actions.list', { overdue, owner, limit: 1000, offset });
      today = page.today;
      actions.push(...page.items);
      offset += page.items.length;
      if (page.items.length < 1000) break;
    }
    print(io, actions.map(listed), () =>
      actions.length === 0
        ? 'No open promised actions.'
        : actions
            .map(
              (a) =>
                `${a.caseReference}  ${a.dueOn}  ${actionDueWords(a, today).padEnd(16)} ${a.owner}: ${a.what}  (${a.id})`,
            )
            .join('\n'),
    );
  },
};

export const REMEDY_USAGE = `  remedy add REF --kind KIND [--text T] [--amount 150.00 --heads time_and_trouble,distress_inconvenience]
                                                      KIND: ${REMEDY_KINDS.join(', ')}
  remedy approve REMEDY-ID                            the compensation panel's sign-off (over the threshold)
  remedy offer | accept | decline | pay REMEDY-ID [--on DATE] [--offset-arrears (accept, pay)]
  action add REF --what T --owner NAME --owner-contact C --due DATE [--remedy REMEDY-ID]
  action update ACTION-ID --method phone|email|letter|… --said T [--on DATE]   an update given to the resident
  action complete ACTION-ID --evidence T [--on DATE]
  action list [--overdue] [--owner NAME] [--json]     open promised actions, overdue first`;
