// Editing a resident through the real dispatch on a real store: every field, consent with its date,
// a move or a corrected address (homes can be shared), the audit trail, and the case's history.
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/shared/complaints/calendar';
import { cliIn, openTestApp, tempDir } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const t = await openTestApp(tmp.dir);
  cleanups.push(() => t.app.close());
  const resident = await t.call('residents.create', {
    name: 'Joan Okafor',
    phone: '07700 900123',
    property: { addressLine1: '14 Canal Walk', town: 'Leeds', postcode: 'LS11 5QQ' },
  });
  const fails = async (input: unknown) => {
    const r = await t.app.dispatch('residents.update', input);
    if (r.ok) throw new Error('expected a refusal');
    return r.error;
  };
  const changesOf = (id: string) =>
    t.app.context.sqlite
      .prepare(`SELECT entity, field, old_value, new_value, op FROM changes WHERE entity_id = ? ORDER BY hlc`)
      .all(id) as Array<{
      entity: string;
      field: string | null;
      old_value: string | null;
      new_value: string;
      op: string;
    }>;
  return { ...t, resident, fails, changesOf };
}

const today = () => todayIso(new Date());

describe('editing a resident', () => {
  it('changes every field the store holds, audits each one, and answers with what was saved', async () => {
    const { call, resident, changesOf } = await fresh();
    const saved = await call('residents.update', {
      id: resident.id,
      changes: {
        name: 'Joan A. Okafor',
        phone: '0113 496 0000',
        email: 'joan@example.org',
        preferredContactMethod: 'email',
        preferredContactTimes: 'Weekday mornings',
        reasonableAdjustments: 'Calls after 10am',
        supportNeeds: 'Hearing loss',
        vulnerable: true,
        representativeName: 'Ade Okafor',
        representativeRelationship: 'Son',
        representativeContact: 'ade@example.org',
        representativeConsent: true,
        representativeConsentOn: '2026-01-05',
        largePrintPt: 18,
      },
    });
    expect(saved).toMatchObject({
      name: 'Joan A. Okafor',
      phone: '0113 496 0000',
      email: 'joan@example.org',
      preferredContactMethod: 'email',
      preferredContactTimes: 'Weekday mornings',
      reasonableAdjustments: 'Calls after 10am',
      supportNeeds: 'Hearing loss',
      vulnerable: true,
      representativeName: 'Ade Okafor',
      representativeRelationship: 'Son',
      representativeContact: 'ade@example.org',
      representativeConsent: true,
      representativeConsentOn: '2026-01-05',
      largePrintPt: 18,
    });
    expect((await call('residents.get', { id: resident.id })).resident).toEqual(saved);
    const audited = changesOf(resident.id).filter((c) => c.op === 'set');
    expect(audited.map((c) => c.field).sort()).toEqual(
      [
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
      ].sort(),
    );
    expect(audited.find((c) => c.field === 'phone')).toMatchObject({
      old_value: '"07700 900123"',
      new_value: '"0113 496 0000"',
    });
    // Found under the new name and email.
    expect((await call('residents.find', { query: 'joan@example.org' })).map((r) => r.id)).toEqual([
      resident.id,
    ]);
  });

  it('records consent only with a date that has happened, and clears the date when consent is withdrawn', async () => {
    const { call, resident, fails } = await fresh();
    const noDate = await fails({ id: resident.id, changes: { representativeConsent: true } });
    expect(noDate).toMatchObject({ code: 'VALIDATION', message: 'Give the date the resident gave consent.' });
    expect(noDate.details?.issues).toEqual([
      { path: 'representativeConsentOn', message: 'Give the date the resident gave consent.' },
    ]);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(
      await fails({
        id: resident.id,
        changes: { representativeConsent: true, representativeConsentOn: tomorrow },
      }),
    ).toMatchObject({ code: 'VALIDATION', message: 'That date is in the future.' });
    expect(
      await fails({ id: resident.id, changes: { representativeConsentOn: '2026-01-05' } }),
    ).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/needs consent/) });
    // Nothing half-written.
    expect((await call('residents.get', { id: resident.id })).resident).toMatchObject({
      representativeConsent: false,
      representativeConsentOn: null,
    });

    const given = await call('residents.update', {
      id: resident.id,
      changes: { representativeConsent: true, representativeConsentOn: today() },
    });
    expect(given).toMatchObject({ representativeConsent: true, representativeConsentOn: today() });
    const withdrawn = await call('residents.update', {
      id: resident.id,
      changes: { representativeConsent: false },
    });
    expect(withdrawn).toMatchObject({ representativeConsent: false, representativeConsentOn: null });
  });

  it('gives consent ticked on a new resident the day it was recorded', async () => {
    const { call } = await fresh();
    const r = await call('residents.create', { name: 'Sam Hall', representativeConsent: true });
    expect(r.representativeConsentOn).toBe(today());
  });

  it('moves one resident of a shared home without moving the others, and corrects a shared address for all', async () => {
    const { call, resident, fails } = await fresh();
    const partner = await call('residents.create', { name: 'Kemi Okafor', propertyId: resident.propertyId });
    // A mistyped postcode: corrected for everyone recorded at the home.
    const corrected = await call('residents.update', {
      id: resident.id,
      changes: {
        home: {
          how: 'corrected',
          property: { addressLine1: '14 Canal Walk', town: 'Leeds', postcode: 'ls11 5qz' },
        },
      },
    });
    expect(corrected.propertyId).toBe(resident.propertyId);
    expect((await call('residents.get', { id: partner.id })).property).toMatchObject({
      postcode: 'LS11 5QZ',
    });
    expect((await call('residents.find', { query: 'LS11 5QZ' })).map((r) => r.name).sort()).toEqual([
      'Joan Okafor',
      'Kemi Okafor',
    ]);

    // Joan moves out: a new home for her alone.
    const moved = await call('residents.update', {
      id: resident.id,
      changes: {
        home: {
          how: 'moved',
          property: { addressLine1: '2 Mill Lane', postcode: 'LS6 1AA', tenure: 'secure' },
        },
      },
    });
    expect(moved.propertyId).not.toBe(resident.propertyId);
    expect((await call('residents.get', { id: resident.id })).property).toMatchObject({
      addressLine1: '2 Mill Lane',
      postcode: 'LS6 1AA',
      tenure: 'secure',
    });
    expect((await call('residents.get', { id: partner.id })).property).toMatchObject({
      addressLine1: '14 Canal Walk',
      postcode: 'LS11 5QZ',
    });

    const badPostcode = await fails({
      id: resident.id,
      changes: { home: { how: 'moved', property: { addressLine1: '3 Mill Lane', postcode: 'nowhere' } } },
    });
    expect(badPostcode.details?.issues?.[0]).toMatchObject({
      path: 'changes.home.property.postcode',
      message: 'Must be a UK postcode, like SE1 7PB',
    });
  });

  it('shows the edits in the case’s history, in words', async () => {
    const { call, resident } = await fresh();
    const opened = await call('cases.open', {
      type: 'complaint',
      summary: 'Damp in the bedroom',
      residentId: resident.id,
    });
    await call('residents.update', {
      id: resident.id,
      changes: {
        email: 'joan@example.org',
        vulnerable: true,
        representativeName: 'Ade Okafor',
        representativeConsent: true,
        representativeConsentOn: '2026-01-05',
        home: { how: 'corrected', property: { addressLine1: '14 Canal Walk', postcode: 'LS11 5QZ' } },
      },
    });
    const history = await call('cases.history', { caseId: opened.id });
    const lines = history.map((e) => [e.what, e.before, e.after]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['The resident Joan Okafor: email', 'Not set', 'joan@example.org'],
        ['The resident Joan Okafor: vulnerable', 'No', 'Yes'],
        ['The resident Joan Okafor: representative', 'Not set', 'Ade Okafor'],
        ['The resident Joan Okafor: consent for the representative', 'No', 'Yes'],
        ['The resident Joan Okafor: consent given', 'Not set', 'Mon 5 Jan 2026'],
        ['The home 14 Canal Walk, LS11 5QZ: postcode', 'LS11 5QQ', 'LS11 5QZ'],
        ['Opened the case', null, null],
      ]),
    );
    expect(history.every((e) => e.actorName === 'Priya Shah')).toBe(true);
  });

  it('refuses an edit of a resident that is not in the store', async () => {
    const { fails } = await fresh();
    expect(
      await fails({ id: '01936a1e-0000-7000-8000-0000000000ff', changes: { phone: '0113 496 0001' } }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('edits from the CLI: consent on a date, then withdrawn; a plain error for a consent date in the future', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.remove);
    expect((await cliIn(tmp.dir, 'init', '--name', 'Priya Shah')).code).toBe(0);
    const added = await cliIn(tmp.dir, 'resident', 'add', '--name', 'Joan Okafor', '--json');
    const id = (JSON.parse(added.out) as { id: string }).id;
    const given = await cliIn(
      tmp.dir,
      'resident',
      'update',
      id,
      '--vulnerable',
      '--rep-name',
      'Ade Okafor',
      '--rep-consent-on',
      '2026-01-05',
      '--json',
    );
    expect(JSON.parse(given.out)).toMatchObject({
      vulnerable: true,
      representativeName: 'Ade Okafor',
      representativeConsent: true,
      representativeConsentOn: '2026-01-05',
    });
    const withdrawn = await cliIn(tmp.dir, 'resident', 'update', id, '--no-rep-consent', '--json');
    expect(JSON.parse(withdrawn.out)).toMatchObject({
      representativeConsent: false,
      representativeConsentOn: null,
    });
    const future = await cliIn(tmp.dir, 'resident', 'update', id, '--rep-consent-on', '2099-01-01');
    expect(future.code).not.toBe(0);
    expect(future.err + future.out).toContain('That date is in the future.');
  });
});
