// The landlord's complaint policy: one settings row shared by every computer through sync.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../../../shared/contract/errors';
import type { PolicyView } from '../../../shared/contract/types';
import { todayIso, WORKING_DAY_RULE, type WorkingCalendar } from '../../../shared/complaints/calendar';
import {
  CODE_POLICY,
  policyProfileSchema,
  policyWarnings,
  type PolicyProfile,
} from '../../../shared/complaints/policy';
import { bankHolidays, calendarFor } from '../../calendars';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';

/**
 * The stored policy, one settings row per field. A damaged value falls back to the Code's figure
 * for that field rather than blocking work.
 */
export async function currentPolicy(db: Kysely<Database>): Promise<PolicyProfile> {
  const rows = await db
    .selectFrom('settings')
    .select(['id', 'value'])
    .where('id', 'like', 'policy.%')
    .execute();
  return policyFromSettings(rows);
}

/** The policy from its settings rows (`policy.*`); each damaged value falls back to the Code's. */
export function policyFromSettings(rows: ReadonlyArray<{ id: string; value: string }>): PolicyProfile {
  const stored: Record<string, unknown> = { ...CODE_POLICY, closureDays: [] };
  for (const r of rows) {
    const key = r.id.slice('policy.'.length) as keyof PolicyProfile;
    const field = policyProfileSchema.shape[key];
    if (!field) continue; // a setting from a newer version
    let value: unknown;
    try {
      value = JSON.parse(r.value);
    } catch {
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) stored[key] = parsed.data;
  }
  return stored as unknown as PolicyProfile;
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
    countingRule: WORKING_DAY_RULE,
  };
}

export async function updatePolicy(ctx: ServiceContext, policy: PolicyProfile): Promise<PolicyView> {
  return write(ctx, async (w) => {
    const rows = await w.tx.selectFrom('settings').selectAll().where('id', 'like', 'policy.%').execute();
    for (const [key, value] of Object.entries(policy)) {
      const id = `policy.${key}`;
      const before = rows.find((r) => r.id === id);
      if (!before) throw new AppError('INTERNAL', `The setting ${id} is missing from this case store.`);
      const json = JSON.stringify(value);
      if (json === before.value) continue;
      // Only the settings that changed: someone else's edit of another setting is kept.
      await w.changes.updated('setting', id, before, { value: json });
      await w.tx
        .updateTable('settings')
        .set({ value: json, updated_at: w.at })
        .where('id', '=', id)
        .execute();
    }
    return policyView(within(ctx, w));
  });
}
