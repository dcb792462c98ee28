// The rows the demo officer's own cases carry beyond their journey (demo/officerShare.ts lays
// them out): the health-and-safety columns, the late task and promised action of theirs, and the
// Ombudsman's request. Written with the seeder's own insert, so each is logged as any created row.
import type { Person } from '../../shared/contract/types';
import type { OfficerCase } from '../demo/officerShare';
import { pick } from '../demo/random';
import { ACTIONS, TASKS } from '../demo/vocabulary';
import { uuidv7 } from '../../shared/domain/ids';

type Insert = (
  table: string,
  entity: string,
  actor: string,
  row: Record<string, unknown> & { id: string },
) => void;

/** Every demo case has the columns; only a designed case has a risk recorded. */
export function healthAndSafetyColumns(designed: OfficerCase | null, today: string) {
  const hs = designed?.healthAndSafety;
  return {
    hs_risk: hs ? 1 : 0,
    hs_risk_detail: hs?.detail ?? null,
    hs_told_whom: hs?.toldWhom ?? null,
    hs_told_at: hs ? `${designed.journey.stage1_acknowledged_on ?? today}T10:15:00.000Z` : null,
  };
}

/** Office hours on a date: when the officer recorded something that day. */
const on = (date: string, hhmm = '11:00') => `${date}T${hhmm}:00.000Z`;

export function writeOfficerExtras(
  insert: Insert,
  random: () => number,
  me: Person,
  caseId: string,
  designed: OfficerCase,
): void {
  const j = designed.journey;
  if (designed.overdueTask) {
    const task = pick(random, TASKS);
    const at = on(j.stage1_acknowledged_on ?? j.received_on);
    insert('investigation_tasks', 'investigation_task', me.id, {
      id: uuidv7(Date.parse(at)),
      case_id: caseId,
      point_id: null,
      stage: 1,
      what: task.what,
      with_whom: task.withWhom,
      due_on: designed.overdueTask,
      assignee_id: me.id,
      status: 'open',
      answer: null,
      done_on: null,
      created_by: me.id,
      created_at: at,
      updated_at: at,
    });
  }
  if (designed.overdueAction) {
    const at = on(j.stage1_responded_on ?? j.received_on, '15:00');
    insert('promised_actions', 'promised_action', me.id, {
      id: uuidv7(Date.parse(at)),
      case_id: caseId,
      remedy_id: null,
      point_id: null,
      what: pick(random, ACTIONS),
      owner: me.name,
      owner_person_id: me.id,
      owner_contact: 'Complaints team',
      due_on: designed.overdueAction,
      status: 'open',
      completed_on: null,
      evidence: null,
      created_by: me.id,
      created_at: at,
      updated_at: at,
    });
  }
  if (designed.ombudsmanRequest) {
    const at = on(designed.ombudsmanRequest.requestedOn);
    insert('ombudsman_requests', 'ombudsman_request', me.id, {
      id: uuidv7(Date.parse(at)),
      case_id: caseId,
      kind: 'evidence',
      detail: 'The complaint file, the stage 1 and stage 2 responses, and the repair history.',
      requested_on: designed.ombudsmanRequest.requestedOn,
      due_on: designed.ombudsmanRequest.dueOn,
      done_on: null,
      created_by: me.id,
      created_at: at,
      updated_at: at,
    });
  }
}
