// The command bar's search: cases by the start of their reference (a range walk of the reference
// index, newest first) and residents by name or phone (the residents' word index, restricted to
// those columns). Each is limited, so the answer costs the same at a thousand cases or a million.
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../shared/contract';
import type { CaseHit, ResidentHit, SearchHits } from '../../shared/contract/search';
import { phoneDigits, referencePrefix } from '../../shared/domain/searchText';
import type { CaseStatus, CaseType } from '../../shared/domain/vocabulary';
import { toFtsQuery } from '../db/fts';
import type { ServiceContext } from '../store/context';

export async function findAnything(
  ctx: ServiceContext,
  input: ParsedInputOf<'search.find'>,
): Promise<SearchHits> {
  return {
    cases: await casesByReference(ctx, input.text, input.limit),
    residents: await residentsByNameOrPhone(ctx, input.text, input.limit),
  };
}

async function casesByReference(ctx: ServiceContext, typed: string, limit: number): Promise<CaseHit[]> {
  const prefix = referencePrefix(typed);
  if (!prefix) return [];
  const rows = await ctx.db
    .selectFrom('cases as c')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .select(['c.id', 'c.reference', 'c.type', 'c.status', 'c.summary', 'r.name as resident_name'])
    // '~' sorts after every character a reference holds: the range is exactly the prefix's.
    .where('c.reference', '>=', prefix)
    .where('c.reference', '<', `${prefix}~`)
    .where('c.deleted_at', 'is', null)
    .orderBy('c.reference', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type as CaseType,
    status: r.status as CaseStatus,
    summary: r.summary,
    residentName: r.resident_name,
  }));
}

/** The FTS query: every word in the name, or the number's digits at the start of the phone. */
function residentMatch(typed: string): string | null {
  const digits = phoneDigits(typed);
  if (digits) return `phone : "${digits}"*`;
  const words = toFtsQuery(typed, 'all', 1);
  return words ? `name : (${words})` : null;
}

async function residentsByNameOrPhone(
  ctx: ServiceContext,
  typed: string,
  limit: number,
): Promise<ResidentHit[]> {
  const match = residentMatch(typed);
  if (!match) return [];
  const rows = await ctx.db
    .selectFrom(
      sql<{
        rowid: number;
      }>`(SELECT rowid FROM resident_fts WHERE resident_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${limit})`.as(
        'f',
      ),
    )
    .innerJoin('residents as r', 'r.n', 'f.rowid')
    .leftJoin('properties as p', 'p.id', 'r.property_id')
    .select(['r.id', 'r.name', 'r.phone', 'p.postcode'])
    .where('r.deleted_at', 'is', null)
    .orderBy('r.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, phone: r.phone, postcode: r.postcode ?? null }));
}
