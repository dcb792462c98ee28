// Row types of the store as Kysely sees them. Column names are snake_case as in SQL;
// services map rows to the contract's camelCase types at the boundary. Columns that hold one of
// the shared vocabulary's values are typed with it, so the store and the contract cannot drift.
import type { ColumnType, Generated } from 'kysely';
import type { LetterMethod, LetterStatus, LetterType } from '../../shared/letters/letterTypes';
import type { ParagraphKey } from '../../shared/letters/paragraphs';
import type {
  AmendableRecord,
  CaseStatus,
  CaseType,
  Channel,
  ClosureReason,
  ContactMethod,
  ContactOutcome,
  ContactPurpose,
  Direction,
  ExclusionReason,
  OutcomePossible,
  ImprovementStatus,
  PointDecision,
  RemedyKind,
  RemedyStatus,
  Role,
  ServiceArea,
  Tenure,
  WorkItemStatus,
} from '../../shared/domain/vocabulary';

export interface MetaTable {
  key: string;
  value: string;
}

export interface PeopleTable {
  id: string;
  name: string;
  role: Role;
  initials: string;
  created_at: string;
  // Migration 5: contact details for letters and residents, a team, deactivation.
  email?: string | null;
  phone?: string | null;
  team?: string | null;
  active?: number;
  updated_at?: string | null;
}

/** Migration 9: a person's sign-in credentials (see 009_person_credentials.ts). */
export interface PersonCredentialsTable {
  id: string;
  salt: string;
  kdf: string;
  wrapped_kp: string;
  kp: string;
  changed_at: string;
  /** Migration 14: 1 while the password is one an administrator set; its holder must choose their own. */
  must_change: Generated<number>;
  /** Migration 14: how the password was set (PASSWORD_SET_WITH). */
  set_with: Generated<string>;
}

export interface PropertiesTable {
  n: Generated<number>;
  id: string;
  address_line1: string;
  address_line2: string | null;
  town: string | null;
  postcode: string;
  uprn: string | null;
  tenure: Tenure | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface ResidentsTable {
  n: Generated<number>;
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  preferred_contact_method: ContactMethod | null;
  preferred_contact_times: string | null;
  reasonable_adjustments: string | null;
  support_needs: string | null;
  vulnerable: number;
  representative_name: string | null;
  representative_relationship: string | null;
  representative_contact: string | null;
  representative_consent: number;
  /** The day the resident gave that consent (migration 8); null while none is given. */
  representative_consent_on: string | null;
  /** Body text size for letters in points, for a resident who needs large print (migration 6). */
  large_print_pt: number | null;
  property_id: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface CasesTable {
  n: Generated<number>;
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  summary: string;
  resident_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
  // The complaint lifecycle (migration 4); optional on insert, null until recorded.
  service_area?: ServiceArea | null;
  owner_id?: string | null;
  received_on?: string | null;
  issue_noticed_on?: string | null;
  decline_reason?: ExclusionReason | null;
  decline_explanation?: string | null;
  stage1_acknowledged_on?: string | null;
  stage1_acknowledged_how?: Channel | null;
  stage1_handler_id?: string | null;
  stage1_extended_to?: string | null;
  stage1_responded_on?: string | null;
  escalation_requested_on?: string | null;
  escalation_reason?: string | null;
  escalation_refusal_reason?: ExclusionReason | null;
  escalation_refusal_explanation?: string | null;
  stage2_acknowledged_on?: string | null;
  stage2_acknowledged_how?: Channel | null;
  stage2_handler_id?: string | null;
  stage2_extended_to?: string | null;
  stage2_responded_on?: string | null;
  closed_on?: string | null;
  closure_reason?: ClosureReason | null;
  closure_note?: string | null;
  merged_into_id?: string | null;
  responsibility_note?: string | null;
  communication_arrangements?: string | null;
  adjustments_agreed?: string | null;
  hs_risk_detail?: string | null;
  hs_told_whom?: string | null;
  hs_told_at?: string | null;
  ombudsman_reference?: string | null;
  ombudsman_determination?: string | null;
  ombudsman_determined_on?: string | null;
  hs_risk?: number;
  is_group?: number;
  // Migration 5: learning, who manages actions left open at closure, satisfaction (1–5).
  root_cause?: string | null;
  lesson_learned?: string | null;
  actions_manager?: string | null;
  satisfaction_handling?: number | null;
  satisfaction_outcome?: number | null;
  satisfaction_comment?: string | null;
  satisfaction_asked_on?: string | null;
  /** Generated: status <> 'closed'. Never written. */
  is_open: ColumnType<number, never, never>;
  /** Derived here (migration 7): the case's next deadline, recomputed whenever it may move. */
  next_due_on?: string | null;
  /** Generated: the next deadline as a sort key (nothing due last, health and safety first). */
  due_order: ColumnType<string, never, never>;
}

export interface ComplaintPointsTable {
  id: string;
  case_id: string;
  stage: number;
  point: string;
  outcome_sought: string | null;
  outcome_possible: OutcomePossible | null;
  possibility_note: string | null;
  decision: PointDecision | null;
  reasons: string | null;
  /** Migration 5: what the investigation found, and the policy, law or good practice relied on. */
  findings?: string | null;
  basis?: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface ExtensionsTable {
  id: string;
  case_id: string;
  stage: number;
  new_due: string;
  reason: string;
  resident_told_on: string;
  exceptional_reason: string | null;
  created_by: string;
  created_at: string;
  deleted_at?: string | null;
}

export interface OmbudsmanRequestsTable {
  id: string;
  case_id: string;
  kind: 'evidence' | 'order';
  detail: string;
  requested_on: string;
  due_on: string;
  done_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface CasePartiesTable {
  id: string;
  case_id: string;
  resident_id: string;
  created_by: string;
  created_at: string;
  deleted_at?: string | null;
}

export interface SettingsTable {
  id: string;
  value: string;
  updated_at: string;
}

export interface ContactsTable {
  n: Generated<number>;
  id: string;
  occurred_at: string;
  channel: Channel;
  direction: Direction;
  summary: string;
  resident_id: string | null;
  case_id: string | null;
  logged_by: string;
  created_at: string;
  deleted_at?: string | null;
  /** Why the contact was made: the calls the seeds' landlords make before issuing a response. */
  purpose?: ContactPurpose | null;
  /** How such a call went. */
  outcome?: ContactOutcome | null;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  point_id: string | null;
  text: string;
  corrects_id: string | null;
  created_by: string;
  created_at: string;
}

export interface AttachmentsTable {
  id: string;
  case_id: string;
  point_id: string | null;
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  caption: string | null;
  created_by: string;
  created_at: string;
  deleted_at?: string | null;
}

export interface InvestigationTasksTable {
  id: string;
  case_id: string;
  point_id: string | null;
  stage: number;
  what: string;
  with_whom: string;
  due_on: string;
  assignee_id: string | null;
  status: WorkItemStatus;
  answer: string | null;
  done_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface RemediesTable {
  id: string;
  case_id: string;
  point_id: string | null;
  stage: number;
  kind: RemedyKind;
  text: string | null;
  /** Integer pence. */
  amount_pence: number | null;
  /** JSON list of CompensationHead. */
  heads: string | null;
  status: RemedyStatus;
  approved_by: string | null;
  approved_at: string | null;
  offered_on: string | null;
  accepted_on: string | null;
  declined_on: string | null;
  paid_on: string | null;
  offset_arrears: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface PromisedActionsTable {
  id: string;
  case_id: string;
  remedy_id: string | null;
  point_id: string | null;
  what: string;
  owner: string;
  owner_person_id: string | null;
  owner_contact: string;
  due_on: string;
  status: WorkItemStatus;
  completed_on: string | null;
  evidence: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface ActionUpdatesTable {
  id: string;
  action_id: string;
  case_id: string;
  updated_on: string;
  method: Channel;
  said: string;
  created_by: string;
  created_at: string;
}

export interface AmendmentsTable {
  id: string;
  case_id: string;
  stage: number;
  record_kind: AmendableRecord;
  record_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface LettersTable {
  id: string;
  case_id: string;
  type: LetterType;
  stage: number | null;
  status: LetterStatus;
  /** JSON: { section: RichText } */
  sections: string;
  template_id: string | null;
  issued_on: string | null;
  issued_by: string | null;
  method: LetterMethod | null;
  sha256: string | null;
  file_name: string | null;
  /** JSON: { paragraph key: version } */
  paragraph_versions: string | null;
  /** JSON: { name, addressLines } */
  addressee: string | null;
  copy_to: string | null;
  posted_on: string | null;
  posted_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface LetterTemplatesTable {
  id: string;
  letter_type: LetterType;
  name: string;
  file_name: string;
  sha256: string;
  /** JSON list of placeholder names. */
  placeholders: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ParagraphVersionsTable {
  id: string;
  key: ParagraphKey;
  version: number;
  text: string;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface ImprovementsTable {
  id: string;
  title: string;
  owner: string;
  status: ImprovementStatus;
  service_area: ServiceArea | null;
  you_said: string | null;
  we_did: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  deleted_at?: string | null;
}

export interface SelfAssessmentAnswersTable {
  id: string;
  year: number;
  provision: string;
  comply: 'yes' | 'no' | null;
  evidence: string | null;
  commentary: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface ReportNarrativesTable {
  id: string;
  year: number;
  section: string;
  text: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface ImprovementCasesTable {
  id: string;
  improvement_id: string;
  case_id: string;
  created_by: string;
  created_at: string;
  deleted_at?: string | null;
}

/** The audit trail and, from the sync issue on, the outbox: one row per created record or changed field. */
export interface ChangesTable {
  seq: Generated<number>;
  hlc: string;
  replica_id: string;
  actor_id: string | null;
  entity: string;
  entity_id: string;
  op: 'create' | 'set';
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  prev: string | null;
  sv: Generated<number>;
  /** Position in its installation's audit chain (null: written before the chain, migration 10). */
  chain_pos: number | null;
  chain_hash: string | null;
}

/** Who viewed, downloaded, issued, exported or ran what (migration 10). */
export interface ViewsTable {
  seq: Generated<number>;
  hlc: string;
  replica_id: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  sv: number;
  chain_pos: number | null;
  chain_hash: string | null;
}

export interface AuditUnlockTable {
  reason: string;
}

export interface FieldHeadsTable {
  entity_id: string;
  field: string;
  heads: string;
}

export interface SyncReplicasTable {
  rid: string;
  label: string | null;
  code: string | null;
  applied_seq: number;
  last_hlc: string | null;
  last_seen_at: string | null;
  acked_our_seq: number | null;
  held: number;
  hello: string | null;
}

export interface SyncSegmentsTable {
  rid: string;
  seq: number;
  name: string;
  status: 'applied' | 'held' | 'failing' | 'quarantined';
  failures: number;
  last_size: number | null;
  reason: string | null;
  updated_at: string;
}

export interface SyncExportsTable {
  seq: number;
  name: string;
  first_change: number;
  last_change: number;
  header: string;
  state: 'intent' | 'done';
  first_view: number | null;
  last_view: number | null;
}

export interface PendingOpsTable {
  hlc: string;
  reason: string;
  op: string;
}

/** Attachment files this computer knows are on the central share (sync/blobs.ts). */
export interface SyncBlobsTable {
  sha256: string;
  on_share_at: string;
}

export interface SearchPendingTable {
  entity: string;
  entity_id: string;
}

/** Cases whose next deadline may have moved ('*': every case that can have one). */
export interface DeadlinePendingTable {
  case_id: string;
}

/** What each complaint contributes to the measures, per stage (migration 12; derived, local). */
export interface ReportStagesTable {
  case_id: string;
  stage: number;
  received_on: string | null;
  acknowledge_by: string | null;
  acknowledged_on: string | null;
  acknowledged: number;
  acknowledged_on_time: number;
  due_on: string | null;
  extended_to: string | null;
  due_with_extensions: string | null;
  extended: number;
  responded_on: string | null;
  responded_on_time: number;
  responded_on_time_with_extensions: number;
  working_days: number | null;
  stopped_on: string | null;
  refused_on: string | null;
  refused_reason: string | null;
  escalated: number;
  service_area: string | null;
  root_cause: string | null;
  officer_id: string | null;
  open_until: string;
}

/** Cases whose report_stages rows are to be worked out again ('*': every case). */
export interface ReportPendingTable {
  case_id: string;
}

/** An officer's own choices on this computer (list columns): never synced. */
export interface OfficerPreferencesTable {
  person_id: string;
  key: string;
  value: string;
  updated_at: string;
}

export interface AttentionTable {
  id: string;
  kind: string;
  entity: string | null;
  entity_id: string | null;
  field: string | null;
  detail: string;
  data: string | null;
  created_at: string;
  resolved_at: string | null;
}

export interface CaseFtsTable {
  rowid: number;
  reference: string;
  summary: string;
  resident: string;
}

export interface ResidentFtsTable {
  rowid: number;
  name: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
}

export interface ErasuresTable {
  id: string;
  resident_id: string;
  property_id: string | null;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface ErasedRecordsTable {
  entity_id: string;
  entity: string;
  erasure_id: string;
}

export interface Database {
  case_fts: CaseFtsTable;
  resident_fts: ResidentFtsTable;
  meta: MetaTable;
  people: PeopleTable;
  person_credentials: PersonCredentialsTable;
  properties: PropertiesTable;
  residents: ResidentsTable;
  cases: CasesTable;
  contacts: ContactsTable;
  changes: ChangesTable;
  views: ViewsTable;
  audit_unlock: AuditUnlockTable;
  complaint_points: ComplaintPointsTable;
  extensions: ExtensionsTable;
  ombudsman_requests: OmbudsmanRequestsTable;
  case_parties: CasePartiesTable;
  settings: SettingsTable;
  case_notes: CaseNotesTable;
  attachments: AttachmentsTable;
  investigation_tasks: InvestigationTasksTable;
  remedies: RemediesTable;
  promised_actions: PromisedActionsTable;
  action_updates: ActionUpdatesTable;
  amendments: AmendmentsTable;
  improvements: ImprovementsTable;
  improvement_cases: ImprovementCasesTable;
  self_assessment_answers: SelfAssessmentAnswersTable;
  report_narratives: ReportNarrativesTable;
  letters: LettersTable;
  letter_templates: LetterTemplatesTable;
  paragraph_versions: ParagraphVersionsTable;
  field_heads: FieldHeadsTable;
  sync_replicas: SyncReplicasTable;
  sync_segments: SyncSegmentsTable;
  sync_exports: SyncExportsTable;
  sync_blobs: SyncBlobsTable;
  pending_ops: PendingOpsTable;
  attention: AttentionTable;
  search_pending: SearchPendingTable;
  deadline_pending: DeadlinePendingTable;
  report_stages: ReportStagesTable;
  report_pending: ReportPendingTable;
  officer_preferences: OfficerPreferencesTable;
  erasures: ErasuresTable;
  erased_records: ErasedRecordsTable;
}
