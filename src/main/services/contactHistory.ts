// The contacts of a case or of a resident, newest first: read by the case and resident pages.
import type { Contact } from '../../shared/contract/types';
import type { ServiceContext } from '../store/context';
import { toContact } from './mappers';

export async function contactsFor(
  ctx: ServiceContext,
  by: { caseId: string } | { residentId: string },
  limit = 500,
): Promise<Contact[]> {
  const rows = await ctx.db
    .selectFrom('contacts as k')
    .leftJoin('residents as r', 'r.id', 'k.resident_id')
    .leftJoin('cases as c', 'c.id', 'k.case_id')
    .leftJoin('people as p', 'p.id', 'k.logged_by')
    .selectAll('k')
    .select(['r.name as resident_name', 'c.reference as case_reference', 'p.name as logged_by_name'])
    .where('caseId' in by ? 'k.case_id' : 'k.resident_id', '=', 'caseId' in by ? by.caseId : by.residentId)
    .where('k.deleted_at', 'is', null)
    .orderBy('k.occurred_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toContact);
}
