// A resident's home when their address changes. Several residents can share one home record
// (a household), so a move gives the resident a new record and leaves the others where they are,
// while a correction (a mistyped postcode) fixes the record for everyone recorded at it.
import type { ParsedInputOf } from '../../shared/contract';
import { AppError } from '../../shared/contract/errors';
import { uuidv7 } from '../../shared/domain/ids';
import { indexResident } from '../db/fts';
import type { Write } from '../store/context';
import { addressLine } from './mappers';

type HomeChange = NonNullable<ParsedInputOf<'residents.update'>['changes']['home']>;

function columns(p: HomeChange['property']) {
  return {
    address_line1: p.addressLine1,
    address_line2: p.addressLine2,
    town: p.town,
    postcode: p.postcode,
    uprn: p.uprn,
    tenure: p.tenure,
  };
}

/** Records the change of address; returns the resident's home record id afterwards. */
export async function changeHome(w: Write, currentId: string | null, home: HomeChange): Promise<string> {
  if (home.how === 'corrected' && currentId) return correctHome(w, currentId, home.property);
  const id = uuidv7();
  const row = {
    id,
    ...columns(home.property),
    created_at: w.at,
    created_by: w.actor.id,
    updated_at: w.at,
  };
  await w.tx.insertInto('properties').values(row).execute();
  await w.changes.created('property', id, row);
  return id;
}

async function correctHome(w: Write, id: string, property: HomeChange['property']): Promise<string> {
  const before = await w.tx
    .selectFrom('properties')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!before)
    throw new AppError(
      'NOT_FOUND',
      'That home is no longer in this case store: record the address as a move.',
    );
  const after = columns(property);
  const changed = await w.changes.updated('property', id, before, after);
  if (changed.length === 0) return id;
  await w.tx
    .updateTable('properties')
    .set({ ...after, updated_at: w.at })
    .where('id', '=', id)
    .execute();
  // Everyone recorded at this home is found by its address: keep their search entries true.
  const residents = await w.tx
    .selectFrom('residents')
    .select(['n', 'name', 'phone', 'email'])
    .where('property_id', '=', id)
    .execute();
  for (const r of residents)
    await indexResident(w.tx, r.n, {
      ...r,
      address: addressLine({
        addressLine1: after.address_line1,
        addressLine2: after.address_line2,
        town: after.town,
      }),
      postcode: after.postcode,
    });
  return id;
}
