// Amendments from scripts: correcting a decision or remedy after its stage's response has gone,
// with the reason (the original is kept beside the correction).
import type { InputOf } from '../../shared/contract';
import { amendedValueText, AMENDED_FIELD_LABELS } from '../../shared/complaints/amendments';
import { poundsToPence } from '../../shared/remedies/money';
import { FROZEN_POINT_FIELDS } from '../../shared/complaints/issued';
import { UsageError, type Flags } from './args';
import { call, print, type Command } from './io';
import type { RedressApp } from '../app';
import type { Io } from './io';

type AmendInput = InputOf<'amendments.amend'>;
const REMEDY_FIELDS = ['kind', 'text', 'amount', 'heads'] as const;

function field<T extends string>(f: Flags, allowed: readonly T[]): T {
  const v = f.required('field', allowed[0]!);
  if (!(allowed as readonly string[]).includes(v))
    throw new UsageError(`--field must be one of ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

function remedyValue(name: (typeof REMEDY_FIELDS)[number], to: string): AmendInput['value'] {
  if (name === 'amount') {
    const pence = poundsToPence(to);
    if (pence === null) throw new UsageError(`--to must be an amount in pounds, e.g. 150.00, not "${to}"`);
    return pence;
  }
  if (name === 'heads')
    return to
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
  return to;
}

async function amendAndReport(app: RedressApp, io: Io, input: AmendInput): Promise<void> {
  const d = await call(app, 'amendments.amend', input);
  const all = await call(app, 'amendments.list', { caseId: d.case.id });
  const a = all.filter((x) => x.recordId === input.recordId).at(-1)!;
  const label = AMENDED_FIELD_LABELS[a.field as keyof typeof AMENDED_FIELD_LABELS] ?? a.field;
  print(
    io,
    a,
    () =>
      `Amended ${d.case.reference}: ${label} was “${amendedValueText(a.field, a.oldValue)}”, now “${amendedValueText(a.field, a.newValue)}” (${a.id}).`,
  );
}

export const amendmentCommands: Record<string, Command> = {
  async 'point amend'(app, f, p, io) {
    const id = p[0];
    if (!id)
      throw new UsageError(
        'Give the point id, e.g. point amend 0193… --field decision --to upheld --reason "…"',
      );
    const input: AmendInput = {
      recordKind: 'complaint_point',
      recordId: id,
      field: field(f, FROZEN_POINT_FIELDS),
      value: f.required('to', 'upheld'),
      reason: f.required('reason', '"The repair log shows the second visit was missed too."'),
    };
    f.rejectUnknown();
    await amendAndReport(app, io, input);
  },

  async 'remedy amend'(app, f, p, io) {
    const id = p[0];
    if (!id)
      throw new UsageError(
        'Give the remedy id, e.g. remedy amend 0193… --field amount --to 150.00 --reason "…"',
      );
    const name = field(f, REMEDY_FIELDS);
    const input: AmendInput = {
      recordKind: 'remedy',
      recordId: id,
      field: name === 'amount' ? 'amountPence' : name,
      value: remedyValue(name, f.required('to', '150.00')),
      reason: f.required('reason', '"The panel agreed a higher sum for the time and trouble."'),
    };
    f.rejectUnknown();
    await amendAndReport(app, io, input);
  },
};

export const AMENDMENT_USAGE = `  point amend POINT-ID --field decision|reasons|findings|basis --to VALUE --reason TEXT
                                                      after the stage's response: kept beside the original
  remedy amend REMEDY-ID --field kind|text|amount|heads --to VALUE --reason TEXT   (amount as 150.00; heads a,b)`;
