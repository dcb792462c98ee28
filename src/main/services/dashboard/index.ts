// The managers' dashboard in one answer: today's open complaints by stage and urgency and the
// overdue promises (this module's own counts), and the period's measures, month-by-month figures
// and themes from the reporting measures — never worked out a second way here.
import type { Dashboard } from '../../../shared/contract/dashboard';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ServiceContext } from '../../store/context';
import { measures, monthlyFigures, themes } from '../reporting';
import { openByStage } from './openByStage';
import { overdueActions } from './overdueActions';

export async function dashboard(
  ctx: ServiceContext,
  input: ParsedInputOf<'reporting.dashboard'>,
): Promise<Dashboard> {
  const { from, to, filters } = input;
  const open = await openByStage(ctx, filters);
  return {
    from,
    to,
    openByStage: open,
    overdueCases: open.reduce((n, s) => n + s.rag.overdue, 0),
    overdueActions: await overdueActions(ctx, filters),
    monthly: await monthlyFigures(ctx, { from, to, filters }),
    themes: await themes(ctx, { from, to, filters }),
    measures: await measures(ctx, { from, to, filters }),
  };
}
