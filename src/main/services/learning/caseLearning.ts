// Learning on one case: its service area, root cause and lesson learned, and the resident's
// satisfaction once it is closed. These are the case's own columns, recorded like any other edit.
import { refusal } from '../../../shared/contract/errors';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CaseLearning } from '../../../shared/contract/learning';
import { todayIso } from '../../../shared/complaints/calendar';
import { knownRootCause, rootCauseProblem } from '../../../shared/learning/rootCauses';
import { satisfactionDateProblem } from '../../../shared/learning/satisfaction';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { setCaseColumns } from '../complaints/commands';
import { caseRow } from './caseRow';
import { listImprovements } from './improvements';
import { currentRootCauses } from './rootCauses';

export async function getLearning(ctx: ServiceContext, caseId: string): Promise<CaseLearning> {
  const row = await caseRow(ctx.db, caseId);
  const [improvements, roots] = await Promise.all([
    listImprovements(ctx, { caseId }),
    currentRootCauses(ctx.db),
  ]);
  const s = row.satisfaction_handling && row.satisfaction_outcome && row.satisfaction_asked_on;
  return {
    caseId: row.id,
    reference: row.reference,
    closedOn: row.status === 'closed' ? (row.closed_on ?? null) : null,
    serviceArea: row.service_area ?? null,
    rootCause: row.root_cause ?? null,
    lesson: row.lesson_learned ?? null,
    satisfaction: s
      ? {
          handling: row.satisfaction_handling!,
          outcome: row.satisfaction_outcome!,
          comment: row.satisfaction_comment ?? null,
          askedOn: row.satisfaction_asked_on!,
        }
      : null,
    improvements,
    rootCauses: roots.causes,
  };
}

function learningWrite(ctx: ServiceContext, caseId: string, work: (w: Write) => Promise<void>) {
  return write(ctx, async (w) => {
    await work(w);
    return getLearning(within(ctx, w), caseId);
  });
}

export function setLearning(
  ctx: ServiceContext,
  input: ParsedInputOf<'learning.set'>,
): Promise<CaseLearning> {
  return learningWrite(ctx, input.caseId, async (w) => {
    const row = await caseRow(w.tx, input.caseId);
    let rootCause = input.rootCause;
    if (rootCause) {
      const { causes } = await currentRootCauses(w.tx);
      const problem = rootCauseProblem(rootCause, causes);
      if (problem) throw refusal('rootCause', problem);
      rootCause = knownRootCause(rootCause, causes);
    }
    await setCaseColumns(w, row, {
      service_area: input.serviceArea,
      root_cause: rootCause,
      lesson_learned: input.lesson,
    });
  });
}

export function recordSatisfaction(
  ctx: ServiceContext,
  input: ParsedInputOf<'satisfaction.record'>,
): Promise<CaseLearning> {
  return learningWrite(ctx, input.caseId, async (w) => {
    const row = await caseRow(w.tx, input.caseId);
    const askedOn = input.on ?? todayIso(ctx.now());
    const problem = satisfactionDateProblem(askedOn, {
      today: todayIso(ctx.now()),
      closedOn: row.status === 'closed' ? (row.closed_on ?? askedOn) : null,
    });
    if (problem) throw refusal(row.status === 'closed' ? 'on' : 'caseId', problem);
    await setCaseColumns(w, row, {
      satisfaction_handling: input.handling,
      satisfaction_outcome: input.outcome,
      satisfaction_comment: input.comment,
      satisfaction_asked_on: askedOn,
    });
  });
}
