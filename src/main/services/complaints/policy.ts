// The landlord's complaint policy: one settings row shared by every computer through sync.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../../shared/contract/errors';
import type { PolicyView } from '../../../shared/contract/types';
import { todayIso, type WorkingCalendar } from '../../../shared/complaints/calendar';
import {
  CODE_POLICY,
  policyProfileSchema,
  policyWarnings,
  type PolicyProfile,
} from '../../../shared/complaints/policy';
import { bankHolidays, calendarFor } from '../../calendars';
import type { ServiceContext } from '../context';
import { write } from '../context';

export const COUNTING_RULE =
  'Deadlines count working days (Monday to Friday, not bank holidays or closure days). The day something happens is day 0; the deadline is the Nth working day after it, even when day 0 is a weekend or holiday.';

/** The stored policy; a damaged value falls back to the Code's figures rather than blocking work. */
export async function currentPolicy(db: Kysely<Database>): Promise<PolicyProfile> {
  const row = await db.selectFrom('settings').select('value').where('id', '=', 'policy').executeTakeFirst();
  if (!row) return { ...CODE_POLICY, closureDays: [] };
  const parsed = policyProfileSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : { ...CODE_POLICY, closureDays: [] };
}

/**
 * The policy, its working calendar and today's date: what every deadline needs. Inside a write,
 * pass its transaction: the store has one connection, and the transaction holds it.
 */
export async function deadlineRules(
  ctx: ServiceContext,
  db: Kysely<Database> = ctx.db,
): Promise<{ policy: PolicyProfile; calendar: WorkingCalendar; today: string }> {
  const policy = await currentPolicy(db);
  return { policy, calendar: calendarFor(policy), today: todayIso(ctx.now()) };
}

export async function policyView(ctx: ServiceContext): Promise<PolicyView> {
  const policy = await currentPolicy(ctx.db);
  return {
    policy,
    warnings: policyWarnings(policy),
    bankHolidays: bankHolidays(policy.region),
    region: policy.region,
    countingRule: COUNTING_RULE,
  };
}

export async function updatePolicy(ctx: ServiceContext, policy: PolicyProfile): Promise<PolicyView> {
  await write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('settings')
      .selectAll()
      .where('id', '=', 'policy')
      .executeTakeFirst();
    if (!before) throw new AppError('INTERNAL', 'The policy settings row is missing from this case store.');
    const value = JSON.stringify(policy);
    if (value === before.value) return;
    await w.changes.updated('setting', 'policy', before, { value });
    await w.tx.updateTable('settings').set({ value, updated_at: w.at }).where('id', '=', 'policy').execute();
  });
  return policyView(ctx);
}
