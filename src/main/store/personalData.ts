// Which fields of each record kind hold a resident's personal data, and what an erasure leaves in
// their place. What is not listed stays: case type, stage dates, decisions, outcome categories,
// remedies' kinds and amounts, root causes, who handled it. Those are the statistical record that
// keeps past reports adding up. Free text written about a case (notes, reasons, findings) is
// personal: officers write residents' circumstances into it.
//
// Every record kind must say (the type needs an entry for each); a kind with none lists nothing.
// The erased values are the same on every computer (so stores converge) and pass the same value
// rules as anything else (a newcomer joining from a snapshot applies them like any change).
import type { Database } from '../db/schema';
import type { RecordKindName } from './registry';
import { RECORD_KINDS } from './registry';

/** What a required text becomes. */
export const ERASED_TEXT = 'Erased';
/** The SHA-256 of no bytes: an erased attachment names an empty file instead of the resident's. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

type Erased<K extends RecordKindName> = Partial<
  Record<Exclude<keyof Database[(typeof RECORD_KINDS)[K]['table']] & string, 'id'>, unknown>
>;

export const PERSONAL_FIELDS: { [K in RecordKindName]: Erased<K> } = {
  person: {}, // staff, not residents
  person_credential: {}, // staff sign-in keys, not residents'
  setting: {},
  improvement: {},
  improvement_case: {},
  self_assessment_answer: {}, // the landlord's answers about its own service
  report_narrative: {}, // the landlord's report text
  letter_template: {},
  paragraph_version: {},
  case_party: {}, // ids only: the party's own record is erased with them
  erasure: {}, // the reason is the manager's, and is the accountability for the erasure
  property: {
    address_line1: ERASED_TEXT,
    address_line2: null,
    town: null,
    postcode: ERASED_TEXT,
    uprn: null,
  },
  resident: {
    name: 'Erased resident',
    phone: null,
    email: null,
    preferred_contact_method: null,
    preferred_contact_times: null,
    reasonable_adjustments: null,
    support_needs: null,
    vulnerable: 0,
    representative_name: null,
    representative_relationship: null,
    representative_contact: null,
    representative_consent: 0,
    representative_consent_on: null,
    large_print_pt: null,
    property_id: null,
  },
  case: {
    summary: ERASED_TEXT,
    decline_explanation: null,
    escalation_reason: null,
    escalation_refusal_explanation: null,
    closure_note: null,
    responsibility_note: null,
    communication_arrangements: null,
    adjustments_agreed: null,
    hs_risk_detail: null,
    hs_told_whom: null,
    ombudsman_reference: null,
    ombudsman_determination: null,
    lesson_learned: null,
    actions_manager: null,
    satisfaction_comment: null,
  },
  complaint_point: {
    point: ERASED_TEXT,
    outcome_sought: null,
    possibility_note: null,
    reasons: null,
    findings: null,
    basis: null,
  },
  extension: { reason: ERASED_TEXT, exceptional_reason: null },
  ombudsman_request: { detail: ERASED_TEXT },
  contact: { summary: ERASED_TEXT },
  case_note: { text: ERASED_TEXT },
  attachment: { file_name: 'erased', caption: null, sha256: EMPTY_SHA256, size_bytes: 0 },
  investigation_task: { what: ERASED_TEXT, with_whom: ERASED_TEXT, answer: null },
  remedy: { text: null },
  promised_action: { what: ERASED_TEXT, evidence: null },
  action_update: { said: ERASED_TEXT },
  amendment: { old_value: null, new_value: null, reason: ERASED_TEXT },
  letter: { sections: '{}', sha256: null, file_name: null, addressee: null, copy_to: null },
};

/** The personal fields of a kind and what each becomes (empty for a kind with none or unknown). */
export function personalFieldsOf(entity: string): Readonly<Record<string, unknown>> {
  return Object.hasOwn(PERSONAL_FIELDS, entity)
    ? (PERSONAL_FIELDS as Record<string, Record<string, unknown>>)[entity]!
    : {};
}

/** Blob fields an erasure replaces: the files they named are deleted everywhere. */
export function erasedBlobFields(entity: string): string[] {
  const kind = (RECORD_KINDS as Record<string, { blobs: readonly string[] }>)[entity];
  const personal = personalFieldsOf(entity);
  return kind ? kind.blobs.filter((f) => Object.hasOwn(personal, f)) : [];
}
