// What this version of Redress knows how to sync: each entity type, its table, and the fields
// (columns) a change may carry. Anything else is kept, unapplied, for a later version.
export interface EntitySpec {
  table:
    | 'people'
    | 'properties'
    | 'residents'
    | 'cases'
    | 'contacts'
    | 'complaint_points'
    | 'extensions'
    | 'ombudsman_requests'
    | 'case_parties'
    | 'settings';
  columns: ReadonlySet<string>;
}

/** The complaint lifecycle's fields on a case (migration 4). */
export const CASE_COMPLAINT_COLUMNS = [
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
] as const;

const spec = (table: EntitySpec['table'], columns: string[]): EntitySpec => ({
  table,
  columns: new Set(columns),
});

export const ENTITIES: Readonly<Record<string, EntitySpec>> = {
  person: spec('people', ['name', 'role', 'initials', 'created_at']),
  property: spec('properties', [
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
  ]),
  resident: spec('residents', [
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
    'property_id',
    'created_at',
    'created_by',
    'updated_at',
    'deleted_at',
  ]),
  case: spec('cases', [
    'reference',
    'type',
    'status',
    'summary',
    'resident_id',
    'created_by',
    'created_at',
    'updated_at',
    'deleted_at',
    ...CASE_COMPLAINT_COLUMNS,
  ]),
  complaint_point: spec('complaint_points', [
    'case_id',
    'stage',
    'point',
    'outcome_sought',
    'outcome_possible',
    'possibility_note',
    'decision',
    'reasons',
    'created_by',
    'created_at',
    'updated_at',
    'deleted_at',
  ]),
  extension: spec('extensions', [
    'case_id',
    'stage',
    'new_due',
    'reason',
    'resident_told_on',
    'exceptional_reason',
    'created_by',
    'created_at',
    'deleted_at',
  ]),
  ombudsman_request: spec('ombudsman_requests', [
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
  ]),
  case_party: spec('case_parties', ['case_id', 'resident_id', 'created_by', 'created_at', 'deleted_at']),
  setting: spec('settings', ['value', 'updated_at']),
  contact: spec('contacts', [
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
  ]),
};
