// The complaint half of the case page: facts, definition, history of extensions and contacts,
// what may be done next, and the deadlines.
import type { Selectable } from 'kysely';
import type { ComplaintView } from '../../../shared/contract/types';
import { caseDeadline } from '../../../shared/complaints/caseDeadline';
import { stageDeadlines, type Stage } from '../../../shared/complaints/deadlines';
import { allowedCommands, stageOf } from '../../../shared/complaints/lifecycle';
import { outsideComplaintWindow } from '../../../shared/complaints/received';
import type {
  ContactOutcome,
  ContactPurpose,
  OutcomePossible,
  PointDecision,
  ServiceArea,
} from '../../../shared/domain/vocabulary';
import type { CasesTable } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { dateProblem, invalidValue, readableFacts, type InvalidValue } from './facts';
import { deadlineRules } from './policy';

export async function complaintView(
  ctx: ServiceContext,
  row: Selectable<CasesTable>,
): Promise<ComplaintView> {
  const { facts, invalid } = readableFacts(row);
  const { policy, calendar, today } = await deadlineRules(ctx);
  const [people, points, extensions, attempts, requests, parties] = await Promise.all([
    ctx.db.selectFrom('people').select(['id', 'name']).execute(),
    ctx.db
      .selectFrom('complaint_points')
      .selectAll()
      .where('case_id', '=', row.id)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    ctx.db
      .selectFrom('extensions as e')
      .leftJoin('people as p', 'p.id', 'e.created_by')
      .selectAll('e')
      .select('p.name as by_name')
      .where('e.case_id', '=', row.id)
      .where('e.deleted_at', 'is', null)
      .orderBy('e.created_at')
      .orderBy('e.id')
      .execute(),
    ctx.db
      .selectFrom('contacts as c')
      .leftJoin('people as p', 'p.id', 'c.logged_by')
      .select(['c.id', 'c.occurred_at', 'c.outcome', 'c.summary', 'p.name as by_name'])
      .where('c.case_id', '=', row.id)
      .where('c.purpose', '=', 'pre_response' satisfies ContactPurpose)
      .where('c.deleted_at', 'is', null)
      .orderBy('c.occurred_at')
      .execute(),
    ctx.db
      .selectFrom('ombudsman_requests')
      .selectAll()
      .where('case_id', '=', row.id)
      .where('deleted_at', 'is', null)
      .orderBy('due_on')
      .orderBy('id') // ids are the same everywhere: every computer lists ties alike
      .execute(),
    ctx.db
      .selectFrom('case_parties as cp')
      .innerJoin('residents as r', 'r.id', 'cp.resident_id')
      .select(['cp.id', 'cp.resident_id', 'r.name'])
      .where('cp.case_id', '=', row.id)
      .where('cp.deleted_at', 'is', null)
      .orderBy('r.name')
      .orderBy('cp.id')
      .execute(),
  ]);
  const name = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? 'Unknown') : null);
  // Other dates the page counts from or compares: a bad one is shown as invalid, never used.
  const usable = (field: string, value: string | null | undefined): string | null => {
    if (!value) return null;
    const problem = dateProblem(value);
    if (problem) invalid.push(invalidValue(field, value, problem));
    return problem ? null : value;
  };
  const issueNoticedOn = usable('issue_noticed_on', row.issue_noticed_on);
  const outstanding =
    requests
      .filter((r) => !r.done_on)
      .map((r) => usable('ombudsman_due_on', r.due_on))
      .find((d) => d !== null) ?? null;
  const stage: Stage | null =
    stageOf(facts) ?? (facts.type === 'complaint' && facts.status === 'open' ? 1 : null);
  const due =
    stage === 1 && facts.receivedOn
      ? stageDeadlines(calendar, policy, 1, facts.receivedOn, facts.stage1AcknowledgedOn)
      : stage === 2 && facts.escalationRequestedOn
        ? stageDeadlines(calendar, policy, 2, facts.escalationRequestedOn, facts.stage2AcknowledgedOn)
        : null;
  return {
    facts,
    ownerName: name(facts.ownerId),
    stage1HandlerName: name(facts.stage1HandlerId),
    stage2HandlerName: name(facts.stage2HandlerId),
    serviceArea: (row.service_area ?? null) as ServiceArea | null,
    issueNoticedOn,
    responsibilityNote: row.responsibility_note ?? null,
    communicationArrangements: row.communication_arrangements ?? null,
    adjustmentsAgreed: row.adjustments_agreed ?? null,
    isGroup: row.is_group === 1,
    healthAndSafety:
      row.hs_risk === 1
        ? {
            detail: row.hs_risk_detail ?? null,
            toldWhom: row.hs_told_whom ?? null,
            toldAt: row.hs_told_at ?? null,
          }
        : null,
    ombudsmanReference: row.ombudsman_reference ?? null,
    ombudsmanDetermination: row.ombudsman_determination ?? null,
    ombudsmanDeterminedOn: row.ombudsman_determined_on ?? null,
    points: points.map((p) => ({
      id: p.id,
      stage: p.stage as Stage,
      point: p.point,
      outcomeSought: p.outcome_sought,
      outcomePossible: p.outcome_possible as OutcomePossible | null,
      possibilityNote: p.possibility_note,
      decision: p.decision as PointDecision | null,
      reasons: p.reasons,
      createdAt: p.created_at,
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      stage: e.stage as Stage,
      newDue: e.new_due,
      reason: e.reason,
      residentToldOn: e.resident_told_on,
      exceptionalReason: e.exceptional_reason,
      createdByName: e.by_name ?? 'Unknown',
      createdAt: e.created_at,
    })),
    contactAttempts: attempts.map((a) => ({
      id: a.id,
      at: a.occurred_at,
      outcome: (a.outcome ?? 'reached') as ContactOutcome,
      note: a.summary,
      byName: a.by_name ?? 'Unknown',
    })),
    ombudsmanRequests: requests.map((r) => ({
      id: r.id,
      kind: r.kind as 'evidence' | 'order',
      detail: r.detail,
      requestedOn: r.requested_on,
      dueOn: r.due_on,
      doneOn: r.done_on,
    })),
    parties: parties.map((p) => ({ id: p.id, residentId: p.resident_id, residentName: p.name })),
    windowNote:
      issueNoticedOn &&
      facts.receivedOn &&
      outsideComplaintWindow(issueNoticedOn, facts.receivedOn, policy.complaintWindowMonths)
        ? `The issue was first noticed on ${issueNoticedOn}, more than ${policy.complaintWindowMonths} months before the complaint was received. The Code allows declining it unless it is recurring; consider whether to use discretion, and record why either way.`
        : null,
    allowed: row.deleted_at ? [] : allowedCommands(facts),
    deadline: caseDeadline(facts, policy, calendar, today, outstanding),
    acknowledgeBy: due?.acknowledgeBy ?? null,
    respondBy: due?.respondBy ?? null,
    latestExtendedResponse: due?.latestExtendedResponse ?? null,
    invalidValues: invalid satisfies InvalidValue[],
  };
}
