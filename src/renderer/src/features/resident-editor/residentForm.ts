// The resident editor's values, what of them changed (the only fields sent), and its checks: the
// contract's own schema plus the consent rule the main side applies, so the two never disagree.
import type { InputOf } from '../../../../shared/contract';
import { UpdateResidentInput, type AddressChange } from '../../../../shared/contract/inputs';
import type { Property, Resident } from '../../../../shared/contract/types';
import type { ContactMethod, Tenure } from '../../../../shared/domain/vocabulary';
import { consentProblem } from '../../../../shared/residents/consent';
import { checkInput, type FormErrors } from '../complaint';

export interface ResidentValues {
  name: string;
  phone: string;
  email: string;
  preferredContactMethod: ContactMethod | null;
  preferredContactTimes: string;
  reasonableAdjustments: string;
  supportNeeds: string;
  vulnerable: boolean;
  representativeName: string;
  representativeRelationship: string;
  representativeContact: string;
  representativeConsent: boolean;
  representativeConsentOn: string;
  largePrint: boolean;
  largePrintPt: number | string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  uprn: string;
  tenure: Tenure | null;
  /** Only asked when an address on record changes. */
  how: AddressChange | null;
}

/** The fields the form shows, by the names the contract's issues use. */
export const RESIDENT_FIELDS = [
  'name',
  'phone',
  'email',
  'preferredContactMethod',
  'preferredContactTimes',
  'reasonableAdjustments',
  'supportNeeds',
  'vulnerable',
  'representativeName',
  'representativeRelationship',
  'representativeContact',
  'representativeConsent',
  'representativeConsentOn',
  'largePrintPt',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'uprn',
  'tenure',
  'how',
] as const;

export const PLACEMENT = { prefixes: ['changes', 'home', 'property'] };

/** Large print starts at a size most people with low vision can read. */
export const DEFAULT_LARGE_PRINT_PT = 16;

export function valuesOf(r: Resident, p: Property | null): ResidentValues {
  return {
    name: r.name,
    phone: r.phone ?? '',
    email: r.email ?? '',
    preferredContactMethod: r.preferredContactMethod,
    preferredContactTimes: r.preferredContactTimes ?? '',
    reasonableAdjustments: r.reasonableAdjustments ?? '',
    supportNeeds: r.supportNeeds ?? '',
    vulnerable: r.vulnerable,
    representativeName: r.representativeName ?? '',
    representativeRelationship: r.representativeRelationship ?? '',
    representativeContact: r.representativeContact ?? '',
    representativeConsent: r.representativeConsent,
    representativeConsentOn: r.representativeConsentOn ?? '',
    largePrint: r.largePrintPt !== null,
    largePrintPt: r.largePrintPt ?? DEFAULT_LARGE_PRINT_PT,
    addressLine1: p?.addressLine1 ?? '',
    addressLine2: p?.addressLine2 ?? '',
    town: p?.town ?? '',
    postcode: p?.postcode ?? '',
    uprn: p?.uprn ?? '',
    tenure: p?.tenure ?? null,
    how: null,
  };
}

const ADDRESS_KEYS = ['addressLine1', 'addressLine2', 'town', 'postcode', 'uprn', 'tenure'] as const;

/** Whether the address typed differs from the one on record. */
export function addressChanged(v: ResidentValues, p: Property | null): boolean {
  const before = valuesOf({ largePrintPt: null } as Resident, p);
  return ADDRESS_KEYS.some((k) => (typeof v[k] === 'string' ? (v[k] as string).trim() : v[k]) !== before[k]);
}

/** Whether an address is on record and the form would change it (so: moved, or corrected?). */
export function asksHow(v: ResidentValues, p: Property | null): boolean {
  return p !== null && addressChanged(v, p);
}

type Changes = InputOf<'residents.update'>['changes'];

/** Only what differs from the record: a partial update never resets what the officer left alone. */
export function changesOf(v: ResidentValues, r: Resident, p: Property | null): Changes {
  const changes: Record<string, unknown> = {};
  const text = (key: keyof Resident & keyof ResidentValues) => {
    const now = String(v[key]).trim();
    if (now !== ((r[key] as string | null) ?? '')) changes[key] = now;
  };
  text('name');
  text('phone');
  text('email');
  text('preferredContactTimes');
  text('reasonableAdjustments');
  text('supportNeeds');
  text('representativeName');
  text('representativeRelationship');
  text('representativeContact');
  if (v.preferredContactMethod !== r.preferredContactMethod)
    changes.preferredContactMethod = v.preferredContactMethod;
  if (v.vulnerable !== r.vulnerable) changes.vulnerable = v.vulnerable;
  if (v.representativeConsent !== r.representativeConsent)
    changes.representativeConsent = v.representativeConsent;
  const consentOn = v.representativeConsent ? v.representativeConsentOn || null : null;
  if (consentOn !== r.representativeConsentOn) changes.representativeConsentOn = consentOn;
  const pt = v.largePrint ? (v.largePrintPt === '' ? Number.NaN : Number(v.largePrintPt)) : null;
  if (pt !== r.largePrintPt) changes.largePrintPt = pt;
  if (addressChanged(v, p)) {
    changes.home = {
      property: {
        addressLine1: v.addressLine1,
        addressLine2: v.addressLine2,
        town: v.town,
        postcode: v.postcode,
        uprn: v.uprn,
        tenure: v.tenure,
      },
      // A first address is a new home record: "moved" is what the main side does for it.
      how: p ? (v.how ?? undefined) : 'moved',
    };
  }
  return changes as Changes;
}

export const HOW_NEEDED = 'Say whether the resident has moved or the address was wrong.';

/** Every problem with the values, by field; none when the form may be sent. */
export function checkValues(v: ResidentValues, r: Resident, p: Property | null, today: string): FormErrors {
  const changes = changesOf(v, r, p);
  if (Object.keys(changes).length === 0) return { fields: {}, form: null };
  const errors = checkInput(UpdateResidentInput, { id: r.id, changes }, RESIDENT_FIELDS, {
    ...PLACEMENT,
    whenEmpty: {
      name: 'Enter the resident’s name.',
      addressLine1: 'Enter the first line of the address.',
      postcode: 'Enter the postcode.',
      how: HOW_NEEDED,
    },
  });
  const fields = { ...errors.fields };
  if (changes.home && !changes.home.how) fields.how = HOW_NEEDED;
  if (Number.isNaN(changes.largePrintPt)) fields.largePrintPt = 'Enter the text size in points.';
  const consent = consentProblem(
    {
      consent: v.representativeConsent,
      consentOn: v.representativeConsent ? v.representativeConsentOn || null : null,
    },
    today,
  );
  if (consent && !fields.representativeConsentOn) fields.representativeConsentOn = consent;
  return { fields, form: errors.form && Object.keys(fields).length === 0 ? errors.form : null };
}

/** Errors already shown, less those whose field has become valid (none are added while typing). */
export function stillWrong(shown: FormErrors, now: FormErrors): FormErrors {
  const fields = Object.fromEntries(
    Object.entries(shown.fields)
      .filter(([k]) => now.fields[k] !== undefined)
      .map(([k]) => [k, now.fields[k]!]),
  );
  return { fields, form: shown.form && now.form ? now.form : null };
}
