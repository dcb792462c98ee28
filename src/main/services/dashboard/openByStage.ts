// Open complaints today, by stage and urgency: the complaints waiting for the Code's next step at
// each stage (stage 1: awaiting acknowledgement or a response; stage 2: escalation requested or
// under review). Urgency is the lists' own — the bands of src/shared/complaints/urgencyBands.ts
// over each case's stored next deadline (cases.due_order) — so a dashboard figure and the Open
// cases tile for the same cases never disagree. Each count is a range inside the open-cases
// indexes, as work.ts counts its tiles.
import { sql, type RawBuilder } from 'kysely';
import type { Rag } from '../../../shared/complaints/deadlines';
import { urgencyBands, type UrgencyBands } from '../../../shared/complaints/urgencyBands';
import type { ReportFilters } from '../../../shared/contract/reporting';
import type { ServiceContext } from '../../store/context';
import { deadlineRules } from '../complaints/policy';
import { settlePendingDeadlines } from '../complaints/nextDeadlines';

/** The statuses in which a complaint waits for its stage's acknowledgement or response. */
export const AWAITING_AT_STAGE = {
  1: ['open', 'stage1'],
  2: ['stage2_requested', 'stage2'],
} as const;

export const RAGS: readonly Rag[] = ['overdue', 'due_today', 'due_soon', 'on_track'];

/** The due_order range each urgency covers (nothing due sorts last, so it is on track). */
export function ragTerm(rag: Rag, b: UrgencyBands): RawBuilder<boolean> {
  switch (rag) {
    case 'overdue':
      return sql<boolean>`c.due_order < ${b.today}`;
    case 'due_today':
      return sql<boolean>`c.due_order >= ${b.today} AND c.due_order < ${b.soonFrom}`;
    case 'due_soon':
      return sql<boolean>`c.due_order >= ${b.soonFrom} AND c.due_order < ${b.onTrackFrom}`;
    case 'on_track':
      return sql<boolean>`c.due_order >= ${b.onTrackFrom}`;
  }
}

/** Open complaints waiting at `stage` that the filters keep, as terms on `cases as c`. */
export function awaitingTerms(stage: 1 | 2, filters: ReportFilters): RawBuilder<boolean>[] {
  const statuses = sql.join(AWAITING_AT_STAGE[stage].map((s) => sql`${s}`));
  // Literal deletion and open terms, as the partial indexes are declared.
  const terms = [
    sql<boolean>`c.deleted_at IS NULL`,
    sql<boolean>`c.is_open = 1`,
    sql<boolean>`c.type = 'complaint'`,
    sql<boolean>`c.status IN (${statuses})`,
  ];
  if (filters.serviceArea) terms.push(sql<boolean>`c.service_area = ${filters.serviceArea}`);
  // The officer handling an open stage is the case's owner (set to the stage's handler).
  if (filters.officerId) terms.push(sql<boolean>`c.owner_id = ${filters.officerId}`);
  if (filters.rootCause) terms.push(sql<boolean>`c.root_cause = ${filters.rootCause}`);
  return terms;
}

export async function openByStage(
  ctx: ServiceContext,
  filters: ReportFilters,
): Promise<{ stage: 1 | 2; rag: Record<Rag, number> }[]> {
  await settlePendingDeadlines(ctx);
  const { calendar, today } = await deadlineRules(ctx);
  const bands = urgencyBands(calendar, today);
  const count = async (stage: 1 | 2, rag: Rag) => {
    // A stage filter counts only that stage: the other's figures are zero, as in the measures.
    if (filters.stage && filters.stage !== stage) return 0;
    const terms = [...awaitingTerms(stage, filters), ragTerm(rag, bands)];
    const row = await terms
      .reduce((q, term) => q.where(term), ctx.db.selectFrom('cases as c'))
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const result = [];
  for (const stage of [1, 2] as const) {
    const rag = {} as Record<Rag, number>;
    for (const r of RAGS) rag[r] = await count(stage, r);
    result.push({ stage, rag });
  }
  return result;
}
