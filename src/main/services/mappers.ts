// Rows (snake_case, integers for booleans) → the contract's types. Only what screens need.
import type { Selectable } from 'kysely';
import type { CaseRow, Contact, Property, Resident } from '../../shared/contract/types';
import type { CasesTable, ContactsTable, PropertiesTable, ResidentsTable } from '../db/schema';

export function toResident(r: Omit<Selectable<ResidentsTable>, 'deleted_at'>): Resident {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    email: r.email,
    preferredContactMethod: r.preferred_contact_method,
    preferredContactTimes: r.preferred_contact_times,
    reasonableAdjustments: r.reasonable_adjustments,
    supportNeeds: r.support_needs,
    vulnerable: r.vulnerable === 1,
    representativeName: r.representative_name,
    representativeRelationship: r.representative_relationship,
    representativeContact: r.representative_contact,
    representativeConsent: r.representative_consent === 1,
    representativeConsentOn: r.representative_consent_on ?? null,
    largePrintPt: r.large_print_pt ?? null,
    propertyId: r.property_id,
    createdAt: r.created_at,
  };
}

export function toProperty(p: Omit<Selectable<PropertiesTable>, 'deleted_at'>): Property {
  return {
    id: p.id,
    addressLine1: p.address_line1,
    addressLine2: p.address_line2,
    town: p.town,
    postcode: p.postcode,
    uprn: p.uprn,
    tenure: p.tenure,
  };
}

export function toCaseRow(
  c: Pick<
    Selectable<CasesTable>,
    'id' | 'reference' | 'type' | 'status' | 'summary' | 'resident_id' | 'created_at'
  > & { resident_name: string | null },
): CaseRow {
  return {
    id: c.id,
    reference: c.reference,
    type: c.type,
    status: c.status,
    summary: c.summary,
    residentId: c.resident_id,
    residentName: c.resident_name,
    createdAt: c.created_at,
  };
}

export function toContact(
  c: Omit<Selectable<ContactsTable>, 'deleted_at' | 'purpose' | 'outcome'> & {
    resident_name: string | null;
    case_reference: string | null;
    logged_by_name: string | null;
  },
): Contact {
  return {
    id: c.id,
    occurredAt: c.occurred_at,
    channel: c.channel,
    direction: c.direction,
    summary: c.summary,
    residentId: c.resident_id,
    residentName: c.resident_name,
    caseId: c.case_id,
    caseReference: c.case_reference,
    loggedBy: c.logged_by,
    loggedByName: c.logged_by_name ?? 'Unknown',
  };
}

/** One line of address for lists and search. */
export function addressLine(
  p: Pick<Property, 'addressLine1' | 'addressLine2' | 'town'> | null,
): string | null {
  if (!p) return null;
  return [p.addressLine1, p.addressLine2, p.town].filter(Boolean).join(', ');
}
