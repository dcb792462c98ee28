// One case as its page shows it: the case, its resident and property, its handling under the
// Code, its calls and its history (the case and every record the registry says belongs to it).
import { AppError } from '../../shared/contract/errors';
import type { CaseDetail } from '../../shared/contract/types';
import { isUuid } from '../../shared/domain/ids';
import { historyEntry } from '../store/changes';
import type { ServiceContext } from '../store/context';
import { CASE_HISTORY_TABLES } from '../store/registry';
import { complaintView } from './complaints/view';
import { contactsFor } from './contactHistory';
import { toCaseRow, toProperty, toResident } from './mappers';

export async function getCase(ctx: ServiceContext, idOrReference: string): Promise<CaseDetail> {
  const key = idOrReference.trim();
  const row = await ctx.db
    .selectFrom('cases as c')
    .leftJoin('people as p', 'p.id', 'c.created_by')
    .leftJoin('residents as r', 'r.id', 'c.resident_id')
    .selectAll('c')
    .select(['p.name as created_by_name', 'r.name as resident_name'])
    .where(isUuid(key) ? 'c.id' : 'c.reference', '=', isUuid(key) ? key : key.toUpperCase())
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `There is no case ${key} in this case store.`);
  if (row.deleted_at)
    throw new AppError('NOT_FOUND', `Case ${row.reference} was deleted on ${row.deleted_at.slice(0, 10)}.`);
  const resident = row.resident_id
    ? await ctx.db.selectFrom('residents').selectAll().where('id', '=', row.resident_id).executeTakeFirst()
    : undefined;
  const property = resident?.property_id
    ? await ctx.db
        .selectFrom('properties')
        .selectAll()
        .where('id', '=', resident.property_id)
        .executeTakeFirst()
    : undefined;
  const history = await ctx.db
    .selectFrom('changes as ch')
    .leftJoin('people as p', 'p.id', 'ch.actor_id')
    .select([
      'ch.hlc',
      'ch.entity',
      'ch.op',
      'ch.field',
      'ch.old_value',
      'ch.new_value',
      'p.name as actor_name',
    ])
    // The case and the records that belong to it (the registry says which kinds do).
    .where((eb) =>
      eb.or([
        eb('ch.entity_id', '=', row.id),
        ...CASE_HISTORY_TABLES.map((table) =>
          eb('ch.entity_id', 'in', eb.selectFrom(table).select('id').where('case_id', '=', row.id)),
        ),
      ]),
    )
    .orderBy('ch.hlc', 'desc')
    .limit(500)
    .execute();
  return {
    case: {
      ...toCaseRow(row),
      createdBy: row.created_by,
      createdByName: row.created_by_name ?? 'Unknown',
      updatedAt: row.updated_at,
    },
    resident: resident ? toResident(resident) : null,
    property: property ? toProperty(property) : null,
    complaint: await complaintView(ctx, row),
    contacts: await contactsFor(ctx, { caseId: row.id }),
    history: history.map(historyEntry),
  };
}
