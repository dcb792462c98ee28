// What this version of Redress knows how to sync: each entity type, its table, and the fields
// (columns) a change may carry. Anything else is kept, unapplied, for a later version.
export interface EntitySpec {
  table: 'people' | 'properties' | 'residents' | 'cases' | 'contacts';
  columns: ReadonlySet<string>;
}

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
  ]),
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
  ]),
};
