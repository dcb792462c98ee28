// What the complaint lifecycle's procedures return.
import type { IsoDate, Region } from '../complaints/calendar';
import type { Rag, Stage } from '../complaints/deadlines';
import type { ComplaintFacts, Extension, LifecycleCommandKind } from '../complaints/lifecycle';
import type { PolicyProfile, PolicyWarning } from '../complaints/policy';
import type {
  CaseStatus,
  CaseType,
  ContactOutcome,
  OutcomePossible,
  PointDecision,
  ServiceArea,
} from '../domain/vocabulary';

/** The next thing the Code requires, by when, and how close it is (working days). */
export interface DeadlineView {
  what: 'acknowledge' | 'respond' | 'ombudsman';
  stage: Stage | null;
  due: IsoDate;
  rag: Rag;
  workingDaysLeft: number;
}

export interface ComplaintPoint {
  id: string;
  stage: Stage;
  point: string;
  outcomeSought: string | null;
  outcomePossible: OutcomePossible | null;
  possibilityNote: string | null;
  decision: PointDecision | null;
  reasons: string | null;
  createdAt: string;
}

export interface ExtensionRecord extends Extension {
  id: string;
  createdByName: string;
  createdAt: string;
}

export interface OmbudsmanRequest {
  id: string;
  kind: 'evidence' | 'order';
  detail: string;
  requestedOn: IsoDate;
  dueOn: IsoDate;
  doneOn: IsoDate | null;
}

export interface CaseParty {
  id: string;
  residentId: string;
  residentName: string;
}

export interface ContactAttempt {
  id: string;
  at: string;
  outcome: ContactOutcome;
  note: string;
  byName: string;
}

/** Everything about a case's handling under the Code, for the case page. */
export interface ComplaintView {
  facts: ComplaintFacts;
  /**
   * Stored values the value rules refuse (from an older version, or edited outside Redress): left
   * out of every deadline and shown to the officer to correct.
   */
  invalidValues: Array<{ field: string; label: string; value: string; problem: string }>;
  ownerName: string | null;
  stage1HandlerName: string | null;
  stage2HandlerName: string | null;
  serviceArea: ServiceArea | null;
  issueNoticedOn: IsoDate | null;
  responsibilityNote: string | null;
  communicationArrangements: string | null;
  adjustmentsAgreed: string | null;
  isGroup: boolean;
  healthAndSafety: { detail: string | null; toldWhom: string | null; toldAt: string | null } | null;
  ombudsmanReference: string | null;
  ombudsmanDetermination: string | null;
  ombudsmanDeterminedOn: IsoDate | null;
  points: ComplaintPoint[];
  extensions: ExtensionRecord[];
  contactAttempts: ContactAttempt[];
  ombudsmanRequests: OmbudsmanRequest[];
  parties: CaseParty[];
  /** Set when the issue predates the policy's complaint window: the Code's ground for declining. */
  windowNote: string | null;
  /** The commands the state machine allows now (the UI offers only these). */
  allowed: LifecycleCommandKind[];
  deadline: DeadlineView | null;
  /** The Code's deadlines of the stage in progress, for display. */
  acknowledgeBy: IsoDate | null;
  respondBy: IsoDate | null;
  latestExtendedResponse: IsoDate | null;
}

/** One line of "My work" or the managers' view. */
export interface WorkItem {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  summary: string;
  residentName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  serviceArea: ServiceArea | null;
  hsRisk: boolean;
  deadline: DeadlineView | null;
  /**
   * My overdue investigation tasks and promised actions on this case (My work only): they make the
   * case urgent, and bring a closed case back while a promise to the resident is overdue.
   */
  overdueWork?: OverdueWork | null;
}

export interface OverdueWork {
  tasks: number;
  actions: number;
  /** The earliest due date among them. */
  since: IsoDate;
}

export interface WorkList {
  items: WorkItem[];
  /** Cases matching the filters, the urgency filter included (items holds one page of them). */
  total: number;
  /** Where this page starts among them (0 for the first). */
  offset: number;
  /** How many match each urgency tile, with the other filters applied. */
  tiles: UrgencyTiles;
  today: IsoDate;
}

/** The urgency tiles' counts: exact, for the filters in force (but not the urgency filter itself). */
export interface UrgencyTiles {
  overdue: number;
  dueToday: number;
  dueSoon: number;
  healthAndSafety: number;
}

export interface PolicyView {
  policy: PolicyProfile;
  warnings: PolicyWarning[];
  bankHolidays: Array<{ date: IsoDate; title: string }>;
  region: Region;
  /** The counting rule, in words, as shown to users. */
  countingRule: string;
}

export interface PersonSummary {
  id: string;
  name: string;
  role: string;
}
