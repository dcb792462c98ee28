// The inline "new resident" form's values, and how they become a residents.create input.
import type { InputOf } from '../../../../shared/contract';
import type { ContactMethod } from '../../../../shared/domain/vocabulary';
import { UK_POSTCODE } from '../../../../shared/contract/inputs';

export interface NewResidentValues {
  name: string;
  phone: string;
  email: string;
  addressLine1: string;
  town: string;
  postcode: string;
  preferredContactMethod: ContactMethod | null;
  preferredContactTimes: string;
  reasonableAdjustments: string;
  supportNeeds: string;
  vulnerable: boolean;
  representativeName: string;
  representativeRelationship: string;
  representativeContact: string;
  representativeConsent: boolean;
}

export const EMPTY_NEW_RESIDENT: NewResidentValues = {
  name: '',
  phone: '',
  email: '',
  addressLine1: '',
  town: '',
  postcode: '',
  preferredContactMethod: null,
  preferredContactTimes: '',
  reasonableAdjustments: '',
  supportNeeds: '',
  vulnerable: false,
  representativeName: '',
  representativeRelationship: '',
  representativeContact: '',
  representativeConsent: false,
};

/** Start a new resident from what was typed in the finder: a postcode, a phone number or a name. */
export function newResidentFromQuery(query: string): NewResidentValues {
  const q = query.trim();
  if (!q) return { ...EMPTY_NEW_RESIDENT };
  if (UK_POSTCODE.test(q)) return { ...EMPTY_NEW_RESIDENT, postcode: q.toUpperCase() };
  if (/^[+\d][\d\s()-]{5,}$/.test(q)) return { ...EMPTY_NEW_RESIDENT, phone: q };
  return { ...EMPTY_NEW_RESIDENT, name: q };
}

export function toCreateResidentInput(v: NewResidentValues): InputOf<'residents.create'> {
  const hasAddress = Boolean(v.addressLine1.trim() || v.postcode.trim() || v.town.trim());
  return {
    name: v.name,
    phone: v.phone,
    email: v.email,
    preferredContactMethod: v.preferredContactMethod,
    preferredContactTimes: v.preferredContactTimes,
    reasonableAdjustments: v.reasonableAdjustments,
    supportNeeds: v.supportNeeds,
    vulnerable: v.vulnerable,
    representativeName: v.representativeName,
    representativeRelationship: v.representativeRelationship,
    representativeContact: v.representativeContact,
    representativeConsent: v.representativeConsent,
    property: hasAddress ? { addressLine1: v.addressLine1, town: v.town, postcode: v.postcode } : null,
  };
}

/** Whether any of the "more details" fields hold something (so the section opens to show errors). */
export function hasMoreDetails(v: NewResidentValues): boolean {
  return Boolean(
    v.preferredContactMethod ||
    v.preferredContactTimes ||
    v.reasonableAdjustments ||
    v.supportNeeds ||
    v.vulnerable ||
    v.representativeName ||
    v.representativeRelationship ||
    v.representativeContact ||
    v.representativeConsent,
  );
}

export const MORE_DETAIL_FIELDS = [
  'preferredContactMethod',
  'preferredContactTimes',
  'reasonableAdjustments',
  'supportNeeds',
  'representativeName',
  'representativeRelationship',
  'representativeContact',
];
