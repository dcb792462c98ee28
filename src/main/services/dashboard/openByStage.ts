// Open complaints today, by stage and urgency: the reporting module's open complaints (the same
// rows `reporting.cases` lists for open.overdue, open.due_today …, so a cell and the cases behind
// it always agree), each graded by the lists' own urgency rule over its stored next deadline.
import type { Rag } from '../../../shared/complaints/deadlines';
import type { ReportFilters } from '../../../shared/contract/reporting';
import type { ServiceContext } from '../../store/context';
import { settlePendingDeadlines } from '../complaints/nextDeadlines';
import { deadlineRules } from '../complaints/policy';
import { openComplaints, settlePendingReportStages } from '../reporting';

const RAGS: readonly Rag[] = ['overdue', 'due_today', 'due_soon', 'on_track'];

export async function openByStage(
  ctx: ServiceContext,
  filters: ReportFilters,
): Promise<{ stage: 1 | 2; rag: Record<Rag, number> }[]> {
  await settlePendingDeadlines(ctx);
  await settlePendingReportStages(ctx);
  const { calendar, today } = await deadlineRules(ctx);
  const rows = await ctx.db
    .connection()
    .execute(async () => openComplaints(ctx.sqlite, calendar, today, filters));
  return ([1, 2] as const).map((stage) => {
    const rag = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;
    for (const r of rows) if (r.stage === stage) rag[r.rag]++;
    return { stage, rag };
  });
}
