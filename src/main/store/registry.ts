// Every kind of record Redress stores, syncs and audits, declared once. Sync (export, apply,
// snapshots), backup and restore, a case's history, search catch-up, conflict detection and the
// state hash all read this list; `tests/integration/registry.test.ts` fails if a table in the
// schema is neither here nor in LOCAL_TABLES, or a column is neither a field nor declared local.
//
// Adding a record kind: a migration, an entry here, a service.
import type { Database } from '../db/schema';

/** A table's columns a change may carry: everything but the id. */
type FieldOf<T extends keyof Database> = Exclude<keyof Database[T] & string, 'id'>;

/** How a record kind appears in a case's history. */
export type HistoryPlace =
  /** The case itself. */
  | 'case'
  /** Records that belong to a case through their `case_id` (points, extensions, …). */
  | 'belongs_to_case'
  /** The case's resident and their home (an edit to either is part of the case's story). */
  | 'case_resident'
  /** Not shown in a case's history. */
  | 'none';

/** The search index a record kind feeds: a change to `fields` (or a new record) re-indexes it. */
export interface SearchFeed<F extends string> {
  index: 'case' | 'resident' | 'property';
  fields: readonly F[];
}

export interface RecordKind<T extends keyof Database = keyof Database> {
  table: T;
  /** In plain words, for messages and the backup's summary. */
  label: string;
  /** Synced and audited fields: every column but the id and the local ones. */
  fields: readonly FieldOf<T>[];
  /** Columns kept only on this computer (row numbers, generated columns): never synced or backed up. */
  local: readonly FieldOf<T>[];
  /** Fields that carry a decision: concurrent edits are put to a person, not settled silently. */
  decisions: readonly FieldOf<T>[];
  /** Fields that name another record: a change to one waits until that record has arrived. */
  references: Partial<Record<FieldOf<T>, keyof Database>>;
  history: HistoryPlace;
  search: SearchFeed<FieldOf<T>> | null;
  /**
   * Written once and never changed (a case note, an update given to a resident, an amendment):
   * a correction is a new record. The recorder refuses edits, and sync holds any that arrive.
   */
  insertOnly: boolean;
  /**
   * Fields holding the SHA-256 of a file kept beside the store (attachments, issued letters,
   * templates): sync uploads those files and fetches the ones that arrive.
   */
  blobs: readonly FieldOf<T>[];
}

/** Any one record kind (a union over the tables, so each keeps its own field names). */
export type AnyRecordKind = { [T in keyof Database]: RecordKind<T> }[keyof Database];

function kind<T extends keyof Database>(
  table: T,
  spec: Pick<RecordKind<T>, 'label' | 'fields'> & Partial<Omit<RecordKind<T>, 'table' | 'label' | 'fields'>>,
): RecordKind<T> {
  return {
    local: [],
    decisions: [],
    references: {},
    history: 'none',
    search: null,
    insertOnly: false,
    blobs: [],
    ...spec,
    table,
  };
}

/** The complaint lifecycle's fields on a case (migration 4). */
const CASE_COMPLAINT_FIELDS = [
  'service_area',
  'owner_id',
  'received_on',
  'issue_noticed_on',
  'decline_reason',
  'decline_explanation',
  'stage1_acknowledged_on',
  'stage1_acknowledged_how',
  'stage1_handler_id',
  'stage1_extended_to',
  'stage1_responded_on',
  'escalation_requested_on',
  'escalation_reason',
  'escalation_refusal_reason',
  'escalation_refusal_explanation',
  'stage2_acknowledged_on',
  'stage2_acknowledged_how',
  'stage2_handler_id',
  'stage2_extended_to',
  'stage2_responded_on',
  'closed_on',
  'closure_reason',
  'closure_note',
  'merged_into_id',
  'responsibility_note',
  'communication_arrangements',
  'adjustments_agreed',
  'hs_risk',
  'hs_risk_detail',
  'hs_told_whom',
  'hs_told_at',
  'is_group',
  'ombudsman_reference',
  'ombudsman_determination',
  'ombudsman_determined_on',
  'root_cause',
  'lesson_learned',
  'actions_manager',
  'satisfaction_handling',
  'satisfaction_outcome',
  'satisfaction_comment',
  'satisfaction_asked_on',
] as const;

/** Keyed by the entity name the change log and segment files carry (never renamed: data on shares uses it). */
export const RECORD_KINDS = {
  person: kind('people', {
    label: 'person',
    fields: ['name', 'role', 'initials', 'created_at', 'email', 'phone', 'team', 'active', 'updated_at'],
  }),
  // Sign-in credentials (issue 13): synced so a person set up anywhere can sign in on any computer
  // of the share; audited like people. The id is the person's id.
  person_credential: kind('person_credentials', {
    label: "person's sign-in credentials",
    fields: ['salt', 'kdf', 'wrapped_kp', 'kp', 'changed_at', 'must_change', 'set_with'],
  }),
  property: kind('properties', {
    label: 'property',
    fields: [
      'address_line1',
      'address_line2',
      'town',
      'postcode',
      'uprn',
      'tenure',
      'created_at',
      'created_by',
      'updated_at',
      'deleted_at',
    ],
    local: ['n'],
    references: { created_by: 'people' },
    history: 'case_resident',
    search: { index: 'property', fields: ['address_line1', 'address_line2', 'town', 'postcode'] },
  }),
  resident: kind('residents', {
    label: 'resident',
    fields: [
      'name',
      'phone',
      'email',
      'preferred_contact_method',
      'preferred_contact_times',
      'reasonable_adjustments',
      'support_needs',
      'vulnerable',
      'representative_name',
      'representative_relationship',
      'representative_contact',
      'representative_consent',
      'representative_consent_on',
      'large_print_pt',
      'property_id',
      'created_at',
      'created_by',
      'updated_at',
      'deleted_at',
    ],
    local: ['n'],
    references: { property_id: 'properties', created_by: 'people' },
    history: 'case_resident',
    search: { index: 'resident', fields: ['name', 'phone', 'email', 'property_id'] },
  }),
  case: kind('cases', {
    label: 'case',
    fields: [
      'reference',
      'type',
      'status',
      'summary',
      'resident_id',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
      ...CASE_COMPLAINT_FIELDS,
    ],
    local: ['n', 'is_open', 'next_due_on', 'due_order'],
    decisions: ['status', 'type', 'owner_id', 'stage1_extended_to', 'stage2_extended_to'],
    references: {
      resident_id: 'residents',
      created_by: 'people',
      owner_id: 'people',
      stage1_handler_id: 'people',
      stage2_handler_id: 'people',
      merged_into_id: 'cases',
    },
    history: 'case',
    search: { index: 'case', fields: ['reference', 'summary', 'resident_id'] },
  }),
  complaint_point: kind('complaint_points', {
    label: 'point of complaint',
    fields: [
      'case_id',
      'stage',
      'point',
      'outcome_sought',
      'outcome_possible',
      'possibility_note',
      'decision',
      'reasons',
      'findings',
      'basis',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    decisions: ['decision'],
    references: { case_id: 'cases', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  extension: kind('extensions', {
    label: 'extension',
    fields: [
      'case_id',
      'stage',
      'new_due',
      'reason',
      'resident_told_on',
      'exceptional_reason',
      'created_by',
      'created_at',
      'deleted_at',
    ],
    references: { case_id: 'cases', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  ombudsman_request: kind('ombudsman_requests', {
    label: 'Ombudsman request',
    fields: [
      'case_id',
      'kind',
      'detail',
      'requested_on',
      'due_on',
      'done_on',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    references: { case_id: 'cases', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  case_party: kind('case_parties', {
    label: 'resident of a group complaint',
    fields: ['case_id', 'resident_id', 'created_by', 'created_at', 'deleted_at'],
    references: { case_id: 'cases', resident_id: 'residents', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  setting: kind('settings', {
    label: 'setting',
    fields: ['value', 'updated_at'],
  }),
  contact: kind('contacts', {
    label: 'call or contact',
    fields: [
      'occurred_at',
      'channel',
      'direction',
      'summary',
      'resident_id',
      'case_id',
      'logged_by',
      'created_at',
      'deleted_at',
      'purpose',
      'outcome',
    ],
    local: ['n'],
    references: { resident_id: 'residents', case_id: 'cases', logged_by: 'people' },
    history: 'belongs_to_case',
  }),
  case_note: kind('case_notes', {
    label: 'case note',
    insertOnly: true,
    fields: ['case_id', 'point_id', 'text', 'corrects_id', 'created_by', 'created_at'],
    references: {
      case_id: 'cases',
      point_id: 'complaint_points',
      corrects_id: 'case_notes',
      created_by: 'people',
    },
    history: 'belongs_to_case',
  }),
  attachment: kind('attachments', {
    label: 'attachment',
    fields: [
      'case_id',
      'point_id',
      'sha256',
      'file_name',
      'media_type',
      'size_bytes',
      'caption',
      'created_by',
      'created_at',
      'deleted_at',
    ],
    references: { case_id: 'cases', point_id: 'complaint_points', created_by: 'people' },
    history: 'belongs_to_case',
    blobs: ['sha256'],
  }),
  investigation_task: kind('investigation_tasks', {
    label: 'investigation task',
    fields: [
      'case_id',
      'point_id',
      'stage',
      'what',
      'with_whom',
      'due_on',
      'assignee_id',
      'status',
      'answer',
      'done_on',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    decisions: ['status', 'answer'],
    references: {
      case_id: 'cases',
      point_id: 'complaint_points',
      assignee_id: 'people',
      created_by: 'people',
    },
    history: 'belongs_to_case',
  }),
  remedy: kind('remedies', {
    label: 'remedy',
    fields: [
      'case_id',
      'point_id',
      'stage',
      'kind',
      'text',
      'amount_pence',
      'heads',
      'status',
      'approved_by',
      'approved_at',
      'offered_on',
      'accepted_on',
      'declined_on',
      'paid_on',
      'offset_arrears',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    decisions: ['kind', 'amount_pence', 'heads', 'status'],
    references: {
      case_id: 'cases',
      point_id: 'complaint_points',
      approved_by: 'people',
      created_by: 'people',
    },
    history: 'belongs_to_case',
  }),
  promised_action: kind('promised_actions', {
    label: 'promised action',
    fields: [
      'case_id',
      'remedy_id',
      'point_id',
      'what',
      'owner',
      'owner_person_id',
      'owner_contact',
      'due_on',
      'status',
      'completed_on',
      'evidence',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    decisions: ['due_on', 'status', 'completed_on', 'evidence'],
    references: {
      case_id: 'cases',
      remedy_id: 'remedies',
      point_id: 'complaint_points',
      owner_person_id: 'people',
      created_by: 'people',
    },
    history: 'belongs_to_case',
  }),
  action_update: kind('action_updates', {
    label: 'update to the resident on a promised action',
    insertOnly: true,
    fields: ['action_id', 'case_id', 'updated_on', 'method', 'said', 'created_by', 'created_at'],
    references: { action_id: 'promised_actions', case_id: 'cases', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  amendment: kind('amendments', {
    label: 'amendment to an issued decision',
    insertOnly: true,
    fields: [
      'case_id',
      'stage',
      'record_kind',
      'record_id',
      'field',
      'old_value',
      'new_value',
      'reason',
      'created_by',
      'created_at',
    ],
    references: { case_id: 'cases', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  improvement: kind('improvements', {
    label: 'service improvement',
    fields: [
      'title',
      'owner',
      'status',
      'service_area',
      'you_said',
      'we_did',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    references: { created_by: 'people' },
  }),
  improvement_case: kind('improvement_cases', {
    label: 'case linked to a service improvement',
    fields: ['improvement_id', 'case_id', 'created_by', 'created_at', 'deleted_at'],
    references: { improvement_id: 'improvements', case_id: 'cases', created_by: 'people' },
    history: 'belongs_to_case',
  }),
  letter: kind('letters', {
    label: 'letter',
    fields: [
      'case_id',
      'type',
      'stage',
      'status',
      'sections',
      'template_id',
      'issued_on',
      'issued_by',
      'method',
      'sha256',
      'file_name',
      'paragraph_versions',
      'addressee',
      'copy_to',
      'posted_on',
      'posted_by',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    decisions: ['status', 'sha256'],
    references: {
      case_id: 'cases',
      template_id: 'letter_templates',
      issued_by: 'people',
      posted_by: 'people',
      created_by: 'people',
    },
    history: 'belongs_to_case',
    blobs: ['sha256'],
  }),
  letter_template: kind('letter_templates', {
    label: 'letter template',
    fields: [
      'letter_type',
      'name',
      'file_name',
      'sha256',
      'placeholders',
      'created_by',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    references: { created_by: 'people' },
    blobs: ['sha256'],
  }),
  paragraph_version: kind('paragraph_versions', {
    label: 'version of a standard paragraph',
    insertOnly: true,
    fields: ['key', 'version', 'text', 'note', 'created_by', 'created_at'],
    references: { created_by: 'people' },
  }),
  // The annual complaints report (migration 13): ids derived from the year (see the migration).
  self_assessment_answer: kind('self_assessment_answers', {
    label: 'answer in the Code self-assessment',
    fields: ['year', 'provision', 'comply', 'evidence', 'commentary', 'updated_by', 'updated_at'],
    references: { updated_by: 'people' },
  }),
  report_narrative: kind('report_narratives', {
    label: 'section of the annual complaints report',
    fields: ['year', 'section', 'text', 'updated_by', 'updated_at'],
    references: { updated_by: 'people' },
  }),
  erasure: kind('erasures', {
    label: 'erasure of a resident’s personal data',
    insertOnly: true,
    fields: ['resident_id', 'property_id', 'reason', 'created_by', 'created_at'],
    references: { resident_id: 'residents', property_id: 'properties', created_by: 'people' },
  }),
} as const satisfies Record<string, AnyRecordKind>;

/**
 * Files named inside a setting's JSON value rather than by a record's blob field (the letterhead
 * logo inside the house style): sync uploads and fetches these too. `path` is a JSON path.
 */
export const SETTING_BLOBS: ReadonlyArray<{ setting: string; path: string }> = [
  { setting: 'letters.houseStyle', path: '$.logoSha256' },
];

/** The name a record kind carries in the change log and on the share. */
export type RecordKindName = keyof typeof RECORD_KINDS;

/** Looks up a kind by a name read from the log or the share (which may be from a newer version). */
export function recordKind(name: string): AnyRecordKind | undefined {
  return Object.hasOwn(RECORD_KINDS, name)
    ? (RECORD_KINDS as Record<string, AnyRecordKind>)[name]
    : undefined;
}

/** A kind's synced fields as plain names (for code that builds SQL from them). */
export function fieldsOf(k: AnyRecordKind): readonly string[] {
  return k.fields;
}

const FIELD_SETS = new Map<AnyRecordKind, ReadonlySet<string>>();
/** A kind's synced fields as a set: asked of every field of every change a merge applies. */
export function fieldSetOf(k: AnyRecordKind): ReadonlySet<string> {
  let set = FIELD_SETS.get(k);
  if (!set) FIELD_SETS.set(k, (set = new Set(k.fields)));
  return set;
}

/** Whether concurrent edits of this field are put to a person (see store/conflicts.ts). */
export function isDecision(entity: string, field: string): boolean {
  const k = recordKind(entity);
  return k !== undefined && (k.decisions as readonly string[]).includes(field);
}

/** Whether the record kind's table carries an `updated_at` stamp that merged changes move forward. */
export function isStamped(k: AnyRecordKind): boolean {
  return fieldsOf(k).includes('updated_at');
}

/** Tables whose rows belong to a case through a `case_id` column. */
export type CaseChildTable = {
  [T in keyof Database]: 'case_id' extends keyof Database[T] ? T : never;
}[keyof Database];

/** The tables whose records show in their case's history (the completeness test checks each has case_id). */
export const CASE_HISTORY_TABLES = Object.values(RECORD_KINDS)
  .filter((k) => k.history === 'belongs_to_case')
  .map((k) => k.table as CaseChildTable);

/** What a backup takes of a table that is not a record kind. */
export interface LocalBackup<T extends keyof Database> {
  columns: readonly (keyof Database[T] & string)[];
  order: string;
  /** Only the rows that follow from synced data (not this computer's view of the share). */
  where?: string;
}

export interface LocalTable<T extends keyof Database = keyof Database> {
  why: string;
  backup: LocalBackup<T> | null;
}

const local = <T extends keyof Database>(_table: T, why: string, backup: LocalBackup<T> | null = null) => ({
  why,
  backup,
});

/**
 * Tables that are not records: this computer's own bookkeeping, the audit trail itself and the
 * search indexes. Each says why it is not synced as records (the completeness test reads this)
 * and what a backup keeps of it.
 */
export const LOCAL_TABLES = {
  meta: local('meta', "this installation's identity, its officer, clock, share settings and date format"),
  changes: local('changes', 'the change log: the audit trail and the outbox (it is what sync ships)', {
    columns: [
      'seq',
      'hlc',
      'replica_id',
      'actor_id',
      'entity',
      'entity_id',
      'op',
      'field',
      'old_value',
      'new_value',
      'prev',
      'sv',
      'chain_pos',
      'chain_hash',
    ],
    order: 'seq',
  }),
  views: local('views', 'the view log: who viewed, downloaded, issued or ran what (synced as its own ops)', {
    columns: [
      'seq',
      'hlc',
      'replica_id',
      'actor_id',
      'action',
      'entity',
      'entity_id',
      'sv',
      'chain_pos',
      'chain_hash',
    ],
    order: 'seq',
  }),
  audit_unlock: local('audit_unlock', 'empty except inside a backup restore, which may empty the logs'),
  field_heads: local('field_heads', 'fields with concurrent edits, derived from the change log', {
    columns: ['entity_id', 'field', 'heads'],
    order: 'entity_id, field',
  }),
  pending_ops: local(
    'pending_ops',
    'changes kept until a related record arrives or an upgrade understands them',
    {
      columns: ['hlc', 'reason', 'op'],
      order: 'hlc',
    },
  ),
  attention: local('attention', 'the Needs attention list, derived on every computer from the same data', {
    columns: ['id', 'kind', 'entity', 'entity_id', 'field', 'detail', 'data', 'created_at', 'resolved_at'],
    order: 'id',
    where: "kind IN ('conflict', 'duplicate_reference', 'edited_after_delete', 'lifecycle')",
  }),
  sync_replicas: local('sync_replicas', 'what this computer has read from each other computer on the share'),
  sync_segments: local('sync_segments', "this computer's progress through the share's files"),
  sync_exports: local('sync_exports', "this computer's own files written to the share"),
  sync_blobs: local('sync_blobs', 'attachment files this computer knows are on the share (what to upload)'),
  search_pending: local('search_pending', 'records whose search entries a merge left to rebuild'),
  case_fts: local('case_fts', 'the case search index, rebuilt from the records'),
  resident_fts: local('resident_fts', 'the resident search index, rebuilt from the records'),
  deadline_pending: local('deadline_pending', 'cases whose next deadline is to be worked out again'),
  report_stages: local(
    'report_stages',
    "each complaint's part in the performance figures, derived from the records",
  ),
  report_pending: local('report_pending', 'cases whose performance figures are to be worked out again'),
  erased_records: local(
    'erased_records',
    'the records an erasure reached on this computer, derived from the erasures (store/erasure.ts)',
    { columns: ['entity_id', 'entity', 'erasure_id'], order: 'entity_id' },
  ),
  officer_preferences: local(
    'officer_preferences',
    "each officer's own choices on this computer (list columns)",
  ),
} satisfies { [T in keyof Database]?: LocalTable<T> };
