// The complaint policy form: values as typed, checked with the same schema the main side uses,
// and the Code's warnings worked out live from whatever can already be read.
import { isIsoDate, type IsoDate, type Region } from '../../../../shared/complaints/calendar';
import {
  CODE_POLICY,
  policyProfileSchema,
  policyWarnings,
  type DayField,
  type PolicyProfile,
  type PolicyWarning,
} from '../../../../shared/complaints/policy';
import { fieldErrorsFromZod, type FieldErrors } from '../../api/errors';

export type NumberValue = number | string;

export interface PolicyFormValues {
  acknowledgeDays: NumberValue;
  stage1ResponseDays: NumberValue;
  stage1ExtensionDays: NumberValue;
  stage2AcknowledgeDays: NumberValue;
  stage2ResponseDays: NumberValue;
  stage2ExtensionDays: NumberValue;
  complaintWindowMonths: NumberValue;
  /** Empty for "no aim". */
  firstContactResolutionHours: NumberValue;
  region: Region;
  closureDays: IsoDate[];
  retentionYears: NumberValue;
}

export type { DayField };

export const STAGE_1_FIELDS: DayField[] = ['acknowledgeDays', 'stage1ResponseDays', 'stage1ExtensionDays'];
export const STAGE_2_FIELDS: DayField[] = [
  'stage2AcknowledgeDays',
  'stage2ResponseDays',
  'stage2ExtensionDays',
];
export const DAY_FIELDS: DayField[] = [...STAGE_1_FIELDS, ...STAGE_2_FIELDS];

export function toForm(p: PolicyProfile): PolicyFormValues {
  return {
    acknowledgeDays: p.acknowledgeDays,
    stage1ResponseDays: p.stage1ResponseDays,
    stage1ExtensionDays: p.stage1ExtensionDays,
    stage2AcknowledgeDays: p.stage2AcknowledgeDays,
    stage2ResponseDays: p.stage2ResponseDays,
    stage2ExtensionDays: p.stage2ExtensionDays,
    complaintWindowMonths: p.complaintWindowMonths,
    firstContactResolutionHours: p.firstContactResolutionHours ?? '',
    region: p.region,
    closureDays: [...p.closureDays],
    retentionYears: p.retentionYears,
  };
}

/** A typed number, or undefined for an empty box, or NaN for something that is not a number. */
function readNumber(v: NumberValue): number | undefined {
  if (typeof v === 'number') return v;
  const t = v.trim();
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** What the form would save, before checking (empty boxes stay missing so the schema names them). */
export function candidate(v: PolicyFormValues): Record<keyof PolicyProfile, unknown> {
  return {
    acknowledgeDays: readNumber(v.acknowledgeDays),
    stage1ResponseDays: readNumber(v.stage1ResponseDays),
    stage1ExtensionDays: readNumber(v.stage1ExtensionDays),
    stage2AcknowledgeDays: readNumber(v.stage2AcknowledgeDays),
    stage2ResponseDays: readNumber(v.stage2ResponseDays),
    stage2ExtensionDays: readNumber(v.stage2ExtensionDays),
    complaintWindowMonths: readNumber(v.complaintWindowMonths),
    firstContactResolutionHours: readNumber(v.firstContactResolutionHours) ?? null,
    region: v.region,
    closureDays: normaliseClosureDays(v.closureDays),
    retentionYears: readNumber(v.retentionYears),
  };
}

/** Field key for an error path: every closure day's problem belongs to the closure days list. */
export function fieldOf(key: string): keyof PolicyProfile | string {
  const head = key.split('.')[0] ?? key;
  return head;
}

function byField(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = fieldOf(key);
    if (!(field in out)) out[field] = message;
  }
  return out;
}

export function validatePolicy(
  v: PolicyFormValues,
): { ok: true; policy: PolicyProfile } | { ok: false; errors: FieldErrors } {
  const parsed = policyProfileSchema.safeParse(candidate(v));
  if (parsed.success) return { ok: true, policy: parsed.data };
  return { ok: false, errors: byField(fieldErrorsFromZod(parsed.error.issues)) };
}

/** Server-side field errors (paths like `policy.acknowledgeDays` or `policy.closureDays.2`), by field. */
export function policyFieldErrors(errors: FieldErrors): FieldErrors {
  return byField(errors);
}

/**
 * The Code's warnings for what is typed so far. A box that is empty or not yet a number counts
 * as the Code's own figure, so half-typed values do not flash warnings.
 */
export function liveWarnings(v: PolicyFormValues): PolicyWarning[] {
  const c = candidate(v);
  const num = (key: keyof PolicyProfile, fallback: number) => {
    const n = c[key];
    return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
  };
  const profile: PolicyProfile = {
    acknowledgeDays: num('acknowledgeDays', CODE_POLICY.acknowledgeDays),
    stage1ResponseDays: num('stage1ResponseDays', CODE_POLICY.stage1ResponseDays),
    stage1ExtensionDays: num('stage1ExtensionDays', CODE_POLICY.stage1ExtensionDays),
    stage2AcknowledgeDays: num('stage2AcknowledgeDays', CODE_POLICY.stage2AcknowledgeDays),
    stage2ResponseDays: num('stage2ResponseDays', CODE_POLICY.stage2ResponseDays),
    stage2ExtensionDays: num('stage2ExtensionDays', CODE_POLICY.stage2ExtensionDays),
    complaintWindowMonths: num('complaintWindowMonths', CODE_POLICY.complaintWindowMonths),
    firstContactResolutionHours: null,
    region: v.region,
    closureDays: normaliseClosureDays(v.closureDays),
    retentionYears: num('retentionYears', CODE_POLICY.retentionYears),
  };
  return policyWarnings(profile);
}

export function warningsByField(
  warnings: readonly PolicyWarning[],
): Partial<Record<keyof PolicyProfile, string>> {
  const out: Partial<Record<keyof PolicyProfile, string>> = {};
  for (const w of warnings) out[w.field] = out[w.field] ? `${out[w.field]} ${w.message}` : w.message;
  return out;
}

/** Sorted, without repeats or anything that is not a date. */
export function normaliseClosureDays(days: readonly string[]): IsoDate[] {
  return [...new Set(days.filter((d) => isIsoDate(d)))].sort();
}

/** True when the form says the same as the saved policy. */
export function sameAsSaved(v: PolicyFormValues, saved: PolicyProfile): boolean {
  const c = candidate(v);
  return (Object.keys(saved) as Array<keyof PolicyProfile>).every((k) =>
    k === 'closureDays'
      ? (c.closureDays as IsoDate[]).join(',') === saved.closureDays.join(',')
      : c[k] === saved[k],
  );
}

/** The form with the Code's timescales put back (region and closure days are left alone). */
export function withCodeTimescales(v: PolicyFormValues): PolicyFormValues {
  return {
    ...v,
    ...Object.fromEntries(DAY_FIELDS.map((f) => [f, CODE_POLICY[f]])),
    complaintWindowMonths: CODE_POLICY.complaintWindowMonths,
  };
}

function weekday(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * The working days between Christmas and New Year (27–31 December, Monday to Friday, not a bank
 * holiday) of the next Christmas still to come from `today`: the usual office shutdown.
 */
export function christmasShutdown(today: IsoDate, bankHolidays: readonly IsoDate[]): IsoDate[] {
  const year = Number(today.slice(0, 4));
  const holidays = new Set(bankHolidays);
  const daysOf = (y: number) =>
    [27, 28, 29, 30, 31]
      .map((d) => `${y}-12-${d}`)
      .filter((d) => d >= today && !holidays.has(d) && weekday(d) !== 0 && weekday(d) !== 6);
  const thisYear = daysOf(year);
  return thisYear.length > 0 ? thisYear : daysOf(year + 1);
}
