// The resident editor's rules: only what changed is sent; an address on record that changes asks
// whether the resident moved; consent needs its date; a message goes once its field is right.
import { describe, expect, it } from 'vitest';
import type { Property, Resident } from '../../../../shared/contract/types';
import { changesOf, checkValues, HOW_NEEDED, stillWrong, valuesOf } from './residentForm';

const joan: Resident = {
  id: '01936a1e-0000-7000-8000-000000000004',
  name: 'Joan Okafor',
  phone: '07700 900123',
  email: null,
  preferredContactMethod: null,
  preferredContactTimes: null,
  reasonableAdjustments: null,
  supportNeeds: null,
  vulnerable: false,
  representativeName: null,
  representativeRelationship: null,
  representativeContact: null,
  representativeConsent: false,
  representativeConsentOn: null,
  largePrintPt: null,
  propertyId: '01936a1e-0000-7000-8000-000000000005',
  createdAt: '2026-01-05T10:00:00.000Z',
};
const home: Property = {
  id: '01936a1e-0000-7000-8000-000000000005',
  addressLine1: '14 Canal Walk',
  addressLine2: null,
  town: 'Leeds',
  postcode: 'LS11 5QQ',
  uprn: null,
  tenure: null,
};
const today = '2026-03-10';

describe('the resident editor', () => {
  it('sends nothing when nothing changed, and only the fields that did', () => {
    expect(changesOf(valuesOf(joan, home), joan, home)).toEqual({});
    const v = { ...valuesOf(joan, home), email: ' joan@example.org ', vulnerable: true };
    expect(changesOf(v, joan, home)).toEqual({ email: 'joan@example.org', vulnerable: true });
  });

  it('asks whether the resident moved when the address on record changes', () => {
    const v = { ...valuesOf(joan, home), postcode: 'LS11 5QZ' };
    expect(checkValues(v, joan, home, today).fields).toEqual({ how: HOW_NEEDED });
    expect(changesOf({ ...v, how: 'corrected' }, joan, home)).toMatchObject({
      home: { how: 'corrected', property: { postcode: 'LS11 5QZ' } },
    });
    // A first address needs no question: it is a new home.
    expect(
      changesOf({ ...valuesOf(joan, null), addressLine1: '2 Mill Lane', postcode: 'LS6 1AA' }, joan, null),
    ).toMatchObject({
      home: { how: 'moved' },
    });
  });

  it('needs a date with consent, not in the future, and sends none without consent', () => {
    const consent = { ...valuesOf(joan, home), representativeConsent: true };
    expect(checkValues(consent, joan, home, today).fields).toEqual({
      representativeConsentOn: 'Give the date the resident gave consent.',
    });
    expect(
      checkValues({ ...consent, representativeConsentOn: '2026-03-11' }, joan, home, today).fields,
    ).toEqual({
      representativeConsentOn: 'That date is in the future.',
    });
    expect(changesOf({ ...consent, representativeConsentOn: '2026-03-01' }, joan, home)).toEqual({
      representativeConsent: true,
      representativeConsentOn: '2026-03-01',
    });
  });

  it('clears a message as soon as its field is right, and adds none while typing', () => {
    const bad = { ...valuesOf(joan, home), email: 'joan@' };
    const shown = checkValues(bad, joan, home, today);
    expect(shown.fields).toEqual({ email: 'Must be an email address' });
    const typing = { ...bad, name: '' };
    expect(stillWrong(shown, checkValues(typing, joan, home, today)).fields).toEqual({
      email: 'Must be an email address',
    });
    expect(
      stillWrong(shown, checkValues({ ...typing, email: 'joan@example.org' }, joan, home, today)).fields,
    ).toEqual({});
  });
});
