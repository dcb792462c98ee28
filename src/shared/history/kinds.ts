// How each kind of record in a case's history is named, field by field, in the words the screens
// use. `tests/unit/historyKinds.test.ts` fails if a field the registry syncs for a kind in the
// history has no entry here, so a new field is named before it can show as a column name.
import { LETTER_METHOD_LABELS, LETTER_TYPE_LABELS, type LetterStatus } from '../letters/letterTypes';
import { SATISFACTION_LABELS } from '../learning/satisfaction';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  CHANNEL_LABELS,
  CLOSURE_REASON_LABELS,
  CONTACT_METHOD_LABELS,
  CONTACT_OUTCOME_LABELS,
  DIRECTION_LABELS,
  EXCLUSION_REASON_LABELS,
  POINT_DECISION_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_STATUS_LABELS,
  SERVICE_AREA_LABELS,
  TENURE_LABELS,
  WORK_ITEM_STATUS_LABELS,
  type ContactPurpose,
  type OutcomePossible,
} from '../domain/vocabulary';

/** The records a history names by their own words (a person's name, a case's reference…). */
export const NAMED_TABLES = [
  'people',
  'residents',
  'cases',
  'properties',
  'complaint_points',
  'remedies',
  'promised_actions',
  'letter_templates',
  'case_notes',
  'improvements',
  'extensions',
  'ombudsman_requests',
  'case_parties',
  'contacts',
  'attachments',
  'investigation_tasks',
  'action_updates',
  'amendments',
  'improvement_cases',
  'letters',
] as const;
export type NamedTable = (typeof NAMED_TABLES)[number];

/** Names of records by table and id, gathered by the service (one query per table). */
export type Names = Partial<Record<NamedTable, Record<string, string>>>;

export type Show =
  | 'text'
  | 'date'
  | 'moment'
  | 'money'
  | 'flag'
  | 'stage'
  | 'score'
  | 'points'
  | 'bytes'
  | 'heads'
  /** Held for the machine (a file's checksum, a letter's sections as JSON): the change is named, not shown. */
  | 'hidden'
  | { labels: Readonly<Record<string, string>> }
  | { ref: NamedTable };

export interface FieldWords {
  label: string;
  show: Show;
}

export interface KindWords {
  /** Its table, where the service looks up its records' names. */
  table: NamedTable;
  /** "a point of complaint", "the case". */
  a: string;
  /** With "the": "the point of complaint". */
  the: string;
  /** The history's filter: "Points of complaint". */
  group: string;
  /** Changes to these are bookkeeping (stamps): never shown. */
  quiet: readonly string[];
  fields: Readonly<Record<string, FieldWords>>;
}

const f = (label: string, show: Show = 'text'): FieldWords => ({ label, show });
const person = (label: string) => f(label, { ref: 'people' });
const labels = (l: Readonly<Record<string, string>>): Show => ({ labels: l });

const OUTCOME_POSSIBLE_WORDS: Record<OutcomePossible, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };
const PURPOSE_WORDS: Record<ContactPurpose, string> = { pre_response: 'Before the response' };
const LETTER_STATUS_WORDS: Record<LetterStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  discarded: 'Discarded',
};
const REQUEST_KIND_WORDS = { evidence: 'Request for evidence', order: 'Order' };
const AMENDABLE_WORDS = { complaint_point: 'Point of complaint', remedy: 'Remedy' };
const SATISFACTION_WORDS = Object.fromEntries(
  Object.entries(SATISFACTION_LABELS).map(([k, v]) => [k, v]),
) as Record<string, string>;

const STAMPS = ['created_at', 'created_by', 'updated_at'] as const;

function kind(
  table: NamedTable,
  a: string,
  group: string,
  fields: Record<string, FieldWords>,
  quiet: readonly string[] = STAMPS,
): KindWords {
  return {
    table,
    a: `${/^[aeiou]/i.test(a) ? 'an' : 'a'} ${a}`,
    the: `the ${a}`,
    group,
    quiet,
    fields: { created_at: f('Added', 'moment'), created_by: person('Added by'), ...fields },
  };
}

const removed = { deleted_at: f('Removed', 'moment') };

/** Every kind of record a case's history shows, by the entity name the change log carries. */
export const HISTORY_KINDS = {
  case: kind('cases', 'case', 'The case', {
    ...removed,
    reference: f('Reference'),
    type: f('Case type', labels(CASE_TYPE_LABELS)),
    status: f('Status', labels(CASE_STATUS_LABELS)),
    summary: f('Summary'),
    resident_id: f('Resident', { ref: 'residents' }),
    service_area: f('Service area', labels(SERVICE_AREA_LABELS)),
    owner_id: person('Handler'),
    received_on: f('Received', 'date'),
    issue_noticed_on: f('Issue first noticed', 'date'),
    decline_reason: f('Reason not accepted', labels(EXCLUSION_REASON_LABELS)),
    decline_explanation: f('Why not accepted'),
    stage1_acknowledged_on: f('Stage 1 acknowledged', 'date'),
    stage1_acknowledged_how: f('Stage 1 acknowledged by', labels(CHANNEL_LABELS)),
    stage1_handler_id: person('Stage 1 handler'),
    stage1_extended_to: f('Stage 1 response extended to', 'date'),
    stage1_responded_on: f('Stage 1 response issued', 'date'),
    escalation_requested_on: f('Escalation requested', 'date'),
    escalation_reason: f('Why the resident escalated'),
    escalation_refusal_reason: f('Reason escalation refused', labels(EXCLUSION_REASON_LABELS)),
    escalation_refusal_explanation: f('Why escalation was refused'),
    stage2_acknowledged_on: f('Stage 2 acknowledged', 'date'),
    stage2_acknowledged_how: f('Stage 2 acknowledged by', labels(CHANNEL_LABELS)),
    stage2_handler_id: person('Stage 2 handler'),
    stage2_extended_to: f('Stage 2 response extended to', 'date'),
    stage2_responded_on: f('Final response issued', 'date'),
    closed_on: f('Closed', 'date'),
    closure_reason: f('Why closed', labels(CLOSURE_REASON_LABELS)),
    closure_note: f('Closing note'),
    merged_into_id: f('Merged into', { ref: 'cases' }),
    responsibility_note: f('Who is responsible'),
    communication_arrangements: f('How we will keep in touch'),
    adjustments_agreed: f('Adjustments agreed'),
    hs_risk: f('Health and safety risk', 'flag'),
    hs_risk_detail: f('Health and safety risk detail'),
    hs_told_whom: f('Health and safety risk reported to'),
    hs_told_at: f('Health and safety risk reported', 'moment'),
    is_group: f('Group complaint', 'flag'),
    ombudsman_reference: f('Ombudsman reference'),
    ombudsman_determination: f('Ombudsman determination'),
    ombudsman_determined_on: f('Ombudsman determined', 'date'),
    root_cause: f('Root cause'),
    lesson_learned: f('Lesson learned'),
    actions_manager: f('Manager responsible for actions'),
    satisfaction_handling: f('Satisfaction with handling', labels(SATISFACTION_WORDS)),
    satisfaction_outcome: f('Satisfaction with outcome', labels(SATISFACTION_WORDS)),
    satisfaction_comment: f('Satisfaction comment'),
    satisfaction_asked_on: f('Satisfaction asked', 'date'),
  }),
  resident: kind('residents', 'resident', 'The resident', {
    ...removed,
    name: f('Name'),
    phone: f('Phone'),
    email: f('Email'),
    preferred_contact_method: f('Preferred contact method', labels(CONTACT_METHOD_LABELS)),
    preferred_contact_times: f('Preferred contact times'),
    reasonable_adjustments: f('Reasonable adjustments'),
    support_needs: f('Support needs'),
    vulnerable: f('Vulnerable', 'flag'),
    representative_name: f('Representative'),
    representative_relationship: f('Representative’s relationship'),
    representative_contact: f('Representative’s contact details'),
    representative_consent: f('Consent for the representative', 'flag'),
    representative_consent_on: f('Consent given', 'date'),
    large_print_pt: f('Large print', 'points'),
    property_id: f('Address', { ref: 'properties' }),
  }),
  property: kind('properties', 'home', 'The resident', {
    ...removed,
    address_line1: f('Address line 1'),
    address_line2: f('Address line 2'),
    town: f('Town'),
    postcode: f('Postcode'),
    uprn: f('UPRN'),
    tenure: f('Tenure', labels(TENURE_LABELS)),
  }),
  contact: kind('contacts', 'call or contact', 'Calls and contact', {
    ...removed,
    occurred_at: f('When', 'moment'),
    channel: f('How', labels(CHANNEL_LABELS)),
    direction: f('Direction', labels(DIRECTION_LABELS)),
    summary: f('Summary'),
    resident_id: f('Resident', { ref: 'residents' }),
    case_id: f('Case', { ref: 'cases' }),
    logged_by: person('Logged by'),
    purpose: f('Purpose', labels(PURPOSE_WORDS)),
    outcome: f('Outcome', labels(CONTACT_OUTCOME_LABELS)),
  }),
  complaint_point: kind('complaint_points', 'point of complaint', 'Points and decisions', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    stage: f('Stage', 'stage'),
    point: f('Point'),
    outcome_sought: f('Outcome sought'),
    outcome_possible: f('Outcome possible', labels(OUTCOME_POSSIBLE_WORDS)),
    possibility_note: f('Why (outcome possible)'),
    decision: f('Decision', labels(POINT_DECISION_LABELS)),
    reasons: f('Reasons'),
    findings: f('Findings'),
    basis: f('Basis of the decision'),
  }),
  extension: kind('extensions', 'extension', 'Extensions', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    stage: f('Stage', 'stage'),
    new_due: f('New response date', 'date'),
    reason: f('Reason'),
    resident_told_on: f('Resident told', 'date'),
    exceptional_reason: f('Exceptional reason'),
  }),
  ombudsman_request: kind('ombudsman_requests', 'Ombudsman request', 'Ombudsman', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    kind: f('Kind', labels(REQUEST_KIND_WORDS)),
    detail: f('Detail'),
    requested_on: f('Requested', 'date'),
    due_on: f('Due', 'date'),
    done_on: f('Done', 'date'),
  }),
  case_party: kind('case_parties', 'resident to the group complaint', 'The resident', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    resident_id: f('Resident', { ref: 'residents' }),
  }),
  case_note: kind('case_notes', 'case note', 'Notes', {
    case_id: f('Case', { ref: 'cases' }),
    point_id: f('Point of complaint', { ref: 'complaint_points' }),
    text: f('Note'),
    corrects_id: f('Corrects the note', { ref: 'case_notes' }),
  }),
  attachment: kind('attachments', 'attachment', 'Attachments', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    point_id: f('Point of complaint', { ref: 'complaint_points' }),
    sha256: f('File', 'hidden'),
    file_name: f('File name'),
    media_type: f('File type'),
    size_bytes: f('Size', 'bytes'),
    caption: f('Caption'),
  }),
  investigation_task: kind('investigation_tasks', 'investigation task', 'Investigation tasks', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    point_id: f('Point of complaint', { ref: 'complaint_points' }),
    stage: f('Stage', 'stage'),
    what: f('Task'),
    with_whom: f('With whom'),
    due_on: f('Due', 'date'),
    assignee_id: person('Assigned to'),
    status: f('Status', labels(WORK_ITEM_STATUS_LABELS)),
    answer: f('Answer'),
    done_on: f('Done', 'date'),
  }),
  remedy: kind('remedies', 'remedy', 'Remedies', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    point_id: f('Point of complaint', { ref: 'complaint_points' }),
    stage: f('Stage', 'stage'),
    kind: f('Kind', labels(REMEDY_KIND_LABELS)),
    text: f('What we offer'),
    amount_pence: f('Amount', 'money'),
    heads: f('Compensation for', 'heads'),
    status: f('Status', labels(REMEDY_STATUS_LABELS)),
    approved_by: person('Approved by'),
    approved_at: f('Approved', 'moment'),
    offered_on: f('Offered', 'date'),
    accepted_on: f('Accepted', 'date'),
    declined_on: f('Declined', 'date'),
    paid_on: f('Paid', 'date'),
    offset_arrears: f('Set against arrears', 'flag'),
  }),
  promised_action: kind('promised_actions', 'promised action', 'Promised actions', {
    ...removed,
    case_id: f('Case', { ref: 'cases' }),
    remedy_id: f('Remedy', { ref: 'remedies' }),
    point_id: f('Point of complaint', { ref: 'complaint_points' }),
    what: f('Action'),
    owner: f('Owner'),
    owner_person_id: person('Owner'),
    owner_contact: f('Owner’s contact'),
    due_on: f('Due', 'date'),
    status: f('Status', labels(WORK_ITEM_STATUS_LABELS)),
    completed_on: f('Completed', 'date'),
    evidence: f('Evidence'),
  }),
  action_update: kind('action_updates', 'update to the resident on a promised action', 'Promised actions', {
    action_id: f('Promised action', { ref: 'promised_actions' }),
    case_id: f('Case', { ref: 'cases' }),
    updated_on: f('Resident updated', 'date'),
    method: f('How', labels(CHANNEL_LABELS)),
    said: f('What we said'),
  }),
  amendment: kind('amendments', 'amendment to an issued decision', 'Points and decisions', {
    case_id: f('Case', { ref: 'cases' }),
    stage: f('Stage', 'stage'),
    record_kind: f('Record amended', labels(AMENDABLE_WORDS)),
    record_id: f('Record amended', 'hidden'),
    field: f('What was amended', 'hidden'),
    old_value: f('Before', 'hidden'),
    new_value: f('After', 'hidden'),
    reason: f('Reason'),
  }),
  improvement_case: kind('improvement_cases', 'link to a service improvement', 'Learning', {
    ...removed,
    improvement_id: f('Service improvement', { ref: 'improvements' }),
    case_id: f('Case', { ref: 'cases' }),
  }),
  letter: kind(
    'letters',
    'letter',
    'Letters',
    {
      ...removed,
      case_id: f('Case', { ref: 'cases' }),
      type: f('Letter', labels(LETTER_TYPE_LABELS)),
      stage: f('Stage', 'stage'),
      status: f('Status', labels(LETTER_STATUS_WORDS)),
      sections: f('Wording', 'hidden'),
      template_id: f('Template', { ref: 'letter_templates' }),
      issued_on: f('Issued', 'date'),
      issued_by: person('Issued by'),
      method: f('Sent by', labels(LETTER_METHOD_LABELS)),
      sha256: f('Issued file', 'hidden'),
      file_name: f('File name', 'hidden'),
      paragraph_versions: f('Standard paragraphs used', 'hidden'),
      addressee: f('Addressed to', 'hidden'),
      copy_to: f('Copy to'),
      posted_on: f('Posted', 'date'),
      posted_by: person('Posted by'),
    },
    // Issuing sets these with the status: the issue itself says it.
    [...STAMPS, 'sha256', 'file_name', 'paragraph_versions', 'addressee'],
  ),
} as const satisfies Record<string, KindWords>;

export type HistoryKindName = keyof typeof HISTORY_KINDS;

export function historyKind(entity: string): KindWords | undefined {
  return Object.hasOwn(HISTORY_KINDS, entity)
    ? (HISTORY_KINDS as Record<string, KindWords>)[entity]
    : undefined;
}

/** The history's filter choices, in the order the page lists them. */
export const HISTORY_GROUPS = [...new Set(Object.values(HISTORY_KINDS).map((k: KindWords) => k.group))];
