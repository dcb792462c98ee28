// What the investigation workspace reads: each point's findings, basis and decision with the
// evidence linked to it, and the case's notes, tasks and attachments.
import type { IsoDate } from '../complaints/calendar';
import type { Stage } from '../complaints/deadlines';
import type { PointDecision, WorkItemStatus } from '../domain/vocabulary';

export interface CaseNote {
  id: string;
  caseId: string;
  pointId: string | null;
  text: string;
  /** The note this one corrects (the original stays, marked as corrected). */
  correctsId: string | null;
  /** The newest note correcting this one, if any. */
  correctedBy: { id: string; createdByName: string; createdAt: string } | null;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}

export interface InvestigationTask {
  id: string;
  caseId: string;
  pointId: string | null;
  stage: Stage;
  what: string;
  withWhom: string;
  dueOn: IsoDate;
  assigneeId: string | null;
  assigneeName: string | null;
  status: WorkItemStatus;
  answer: string | null;
  doneOn: IsoDate | null;
  /** Still open and due before today. */
  overdue: boolean;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

export interface EvidenceAttachment {
  id: string;
  pointId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  caption: string | null;
  createdByName: string;
  createdAt: string;
}

export interface PointInvestigation {
  id: string;
  stage: Stage;
  point: string;
  findings: string | null;
  /** The policy, law or good practice the decision relies on. */
  basis: string | null;
  decision: PointDecision | null;
  reasons: string | null;
  /** Why findings can no longer be edited (the stage's response was issued), or null. */
  frozen: string | null;
  notes: CaseNote[];
  tasks: InvestigationTask[];
  attachments: EvidenceAttachment[];
}

export interface InvestigationView {
  caseId: string;
  reference: string;
  /** The stage in progress (new tasks belong to it), or null outside the stages. */
  stage: Stage | null;
  today: IsoDate;
  points: PointInvestigation[];
  /** Every note on the case, oldest first (those on a point also appear in its evidence). */
  notes: CaseNote[];
  /** Every task on the case, by due date. */
  tasks: InvestigationTask[];
  /** Every attachment on the case, oldest first. */
  attachments: EvidenceAttachment[];
  /** Colleagues a task may be given to (active people only). */
  assignable: { id: string; name: string }[];
}
