// Residents and their homes: create (with the address inline), amend, find as you type, view.
import { sql } from 'kysely';
import { AppError } from '../../shared/contract/errors';
import type { ParsedInputOf } from '../../shared/contract';
import type { Property, Resident, ResidentDetail, ResidentSummary } from '../../shared/contract/types';
import { uuidv7 } from '../../shared/domain/ids';
import { todayIso } from '../../shared/complaints/calendar';
import { consentProblem, type Consent } from '../../shared/residents/consent';
import { changeHome } from './residentHome';
import { indexCase, indexResident, toFtsQuery } from '../db/fts';
import type { ResidentsTable } from '../db/schema';
import { listCases } from './cases';
import { contactsFor } from './contactHistory';
import type { ServiceContext, Write } from '../store/context';
import { write } from '../store/context';
import { addressLine, toProperty, toResident } from './mappers';

type ResidentFields = Omit<
  ResidentsTable,
  'n' | 'id' | 'created_at' | 'created_by' | 'updated_at' | 'property_id'
>;

function residentColumns(
  input: Partial<ParsedInputOf<'residents.update'>['changes']>,
): Partial<ResidentFields> {
  const map: Partial<ResidentFields> = {
    name: input.name,
    phone: input.phone,
    email: input.email,
    preferred_contact_method: input.preferredContactMethod,
    preferred_contact_times: input.preferredContactTimes,
    reasonable_adjustments: input.reasonableAdjustments,
    support_needs: input.supportNeeds,
    vulnerable: input.vulnerable === undefined ? undefined : input.vulnerable ? 1 : 0,
    representative_name: input.representativeName,
    representative_relationship: input.representativeRelationship,
    representative_contact: input.representativeContact,
    representative_consent:
      input.representativeConsent === undefined ? undefined : input.representativeConsent ? 1 : 0,
    representative_consent_on: input.representativeConsentOn,
    large_print_pt: input.largePrintPt,
  };
  return Object.fromEntries(
    Object.entries(map).filter(([, v]) => v !== undefined),
  ) as Partial<ResidentFields>;
}

async function propertyOf(w: Write, propertyId: string | null): Promise<Property | null> {
  if (!propertyId) return null;
  const row = await w.tx.selectFrom('properties').selectAll().where('id', '=', propertyId).executeTakeFirst();
  return row ? toProperty(row) : null;
}

export async function createResident(
  ctx: ServiceContext,
  input: ParsedInputOf<'residents.create'>,
): Promise<Resident> {
  return write(ctx, async (w) => {
    let propertyId = input.propertyId ?? null;
    if (input.property) {
      propertyId = uuidv7();
      const row = {
        id: propertyId,
        address_line1: input.property.addressLine1,
        address_line2: input.property.addressLine2,
        town: input.property.town,
        postcode: input.property.postcode,
        uprn: input.property.uprn,
        tenure: input.property.tenure,
        created_at: w.at,
        created_by: w.actor.id,
        updated_at: w.at,
      };
      await w.tx.insertInto('properties').values(row).execute();
      await w.changes.created('property', propertyId, row);
    }
    const property = await propertyOf(w, propertyId);
    if (propertyId && !property) {
      throw new AppError('VALIDATION', 'That property is not in this case store.', {
        issues: [{ path: 'propertyId', message: 'No such property' }],
      });
    }
    const { propertyId: _p, property: _q, ...fields } = input;
    // Consent ticked while the call is logged was given by then: today, unless a date is given.
    const consent = {
      consent: input.representativeConsent,
      consentOn: input.representativeConsent
        ? (input.representativeConsentOn ?? todayIso(ctx.now()))
        : input.representativeConsentOn,
    };
    refuseConsent(consent, todayIso(ctx.now()));
    const row = {
      id: uuidv7(),
      ...(residentColumns(fields) as ResidentFields),
      vulnerable: input.vulnerable ? 1 : 0,
      representative_consent: consent.consent ? 1 : 0,
      representative_consent_on: consent.consentOn,
      property_id: propertyId,
      created_at: w.at,
      created_by: w.actor.id,
      updated_at: w.at,
    };
    const { n } = await w.tx.insertInto('residents').values(row).returning('n').executeTakeFirstOrThrow();
    await w.changes.created('resident', row.id, row);
    await indexResident(w.tx, n, {
      name: row.name,
      phone: row.phone,
      email: row.email,
      address: addressLine(property),
      postcode: property?.postcode ?? null,
    });
    return toResident({ ...row, n });
  });
}

export async function updateResident(
  ctx: ServiceContext,
  input: ParsedInputOf<'residents.update'>,
): Promise<Resident> {
  return write(ctx, async (w) => {
    const before = await w.tx
      .selectFrom('residents')
      .selectAll()
      .where('id', '=', input.id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', 'That resident is not in this case store.');
    const { home, ...fields } = input.changes;
    const after: Partial<ResidentFields> & { property_id?: string | null } = residentColumns(fields);
    // Withdrawing consent clears its date; giving it needs one (shared/residents/consent.ts).
    if (after.representative_consent === 0 && fields.representativeConsentOn === undefined)
      after.representative_consent_on = null;
    const consent = {
      consent: (after.representative_consent ?? before.representative_consent) === 1,
      consentOn:
        after.representative_consent_on !== undefined
          ? after.representative_consent_on
          : before.representative_consent_on,
    };
    if (after.representative_consent !== undefined || after.representative_consent_on !== undefined)
      refuseConsent(consent, todayIso(ctx.now()));
    if (home) after.property_id = await changeHome(w, before.property_id, home);
    const changed = await w.changes.updated('resident', before.id, before, after);
    if (changed.length === 0 && !home) return toResident(before);
    const row = { ...before, ...after, updated_at: w.at };
    if (changed.length > 0)
      await w.tx
        .updateTable('residents')
        .set({ ...after, updated_at: w.at })
        .where('id', '=', before.id)
        .execute();
    const property = await propertyOf(w, row.property_id);
    await indexResident(w.tx, row.n, {
      name: row.name,
      phone: row.phone,
      email: row.email,
      address: addressLine(property),
      postcode: property?.postcode ?? null,
    });
    if (changed.includes('name')) {
      // Case search includes the resident's name: keep it true.
      const cases = await w.tx
        .selectFrom('cases')
        .select(['n', 'reference', 'summary'])
        .where('resident_id', '=', row.id)
        .execute();
      for (const c of cases) await indexCase(w.tx, c.n, { ...c, residentName: row.name }, true);
    }
    return toResident(row);
  });
}

function refuseConsent(consent: Consent, today: string): void {
  const problem = consentProblem(consent, today);
  if (!problem) return;
  const path = consent.consent || !consent.consentOn ? 'representativeConsentOn' : 'representativeConsent';
  throw new AppError('VALIDATION', problem, { issues: [{ path, message: problem }] });
}

export async function findResidents(
  ctx: ServiceContext,
  input: ParsedInputOf<'residents.find'>,
): Promise<ResidentSummary[]> {
  const match = toFtsQuery(input.query, 'all', 1);
  if (!match) return [];
  const rows = await ctx.db
    .selectFrom(
      sql<{
        rowid: number;
      }>`(SELECT rowid FROM resident_fts WHERE resident_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${input.limit})`.as(
        'f',
      ),
    )
    .innerJoin('residents as r', 'r.n', 'f.rowid')
    .leftJoin('properties as p', 'p.id', 'r.property_id')
    .select([
      'r.id',
      'r.name',
      'r.phone',
      'r.vulnerable',
      'p.address_line1',
      'p.address_line2',
      'p.town',
      'p.postcode',
    ])
    .where('r.deleted_at', 'is', null)
    .orderBy('r.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    phone: r.phone,
    vulnerable: r.vulnerable === 1,
    address: r.address_line1
      ? addressLine({ addressLine1: r.address_line1, addressLine2: r.address_line2, town: r.town })
      : null,
    postcode: r.postcode,
  }));
}

export async function getResident(ctx: ServiceContext, id: string): Promise<ResidentDetail> {
  const row = await ctx.db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That resident is not in this case store.');
  const property = row.property_id
    ? await ctx.db.selectFrom('properties').selectAll().where('id', '=', row.property_id).executeTakeFirst()
    : undefined;
  const [contacts, cases] = await Promise.all([
    contactsFor(ctx, { residentId: id }),
    listCases(ctx, { residentId: id, sort: 'newest', limit: 200 }),
  ]);
  return {
    resident: toResident(row),
    property: property ? toProperty(property) : null,
    contacts,
    cases: cases.items,
  };
}
