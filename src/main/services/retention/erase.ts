// Erasing a resident's personal data on request or at the end of the retention period: the erasure
// is recorded (who, when, why) and syncs; the data is replaced on this computer at once, and on
// every other one as it applies the erasure (store/erasure.ts).
import { AppError } from '../../../shared/contract/errors';
import type { ErasureResult } from '../../../shared/contract/retention';
import { uuidv7 } from '../../../shared/domain/ids';
import type { ServiceContext } from '../../store/context';
import { write } from '../../store/context';
import { keepDailyBackup } from '../../store/dailyBackups';
import { applyErasure, isErased } from '../../store/erasure';
import { compactAfterErasure } from '../../store/erasureCompaction';

export async function eraseResident(
  ctx: ServiceContext,
  input: { residentId: string; reason: string },
): Promise<ErasureResult> {
  const result = await write(ctx, async (w) => {
    const resident = await w.tx
      .selectFrom('residents')
      .select(['id', 'property_id'])
      .where('id', '=', input.residentId)
      .executeTakeFirst();
    if (!resident) throw new AppError('NOT_FOUND', 'That resident is not in this case store.');
    if (isErased(ctx.sqlite, resident.id))
      throw new AppError('CONFLICT', 'This resident’s personal data has already been erased.');
    const open = await w.tx
      .selectFrom('cases')
      .select('reference')
      .where('resident_id', '=', resident.id)
      .where('deleted_at', 'is', null)
      .where('status', '<>', 'closed')
      .execute();
    if (open.length)
      throw new AppError(
        'CONFLICT',
        `This resident has ${open.length === 1 ? 'an open case' : 'open cases'} (${open.map((c) => c.reference).join(', ')}): close ${open.length === 1 ? 'it' : 'them'} before erasing their personal data.`,
      );
    // Their home's address goes with them unless someone else still lives there.
    const neighbours = resident.property_id
      ? await w.tx
          .selectFrom('residents')
          .select('id')
          .where('property_id', '=', resident.property_id)
          .where('id', '<>', resident.id)
          .where('deleted_at', 'is', null)
          .execute()
      : [];
    const homeErased = resident.property_id !== null && neighbours.length === 0;
    const id = uuidv7();
    const record = {
      resident_id: resident.id,
      property_id: homeErased ? resident.property_id : null,
      reason: input.reason,
      created_by: w.actor.id,
      created_at: w.at,
    };
    await w.changes.created('erasure', id, record);
    await w.tx
      .insertInto('erasures')
      .values({ id, ...record })
      .execute();
    const records = applyErasure(ctx.sqlite, { id, ...record }, w.at);
    const cases = await w.tx
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('resident_id', '=', resident.id)
      .executeTakeFirstOrThrow();
    return { erasureId: id, residentId: resident.id, records, cases: Number(cases.n), homeErased };
  });
  // Committed: now what the old data left on this computer's disk. The share follows on the next sync.
  // A failure here must not report the erasure as not made (it is): the clean-up stays due and
  // runs again at the next sync or start-up.
  try {
    const removed = compactAfterErasure(ctx.sqlite, ctx.dataDir);
    if (removed.length) await keepDailyBackup(ctx.sqlite, ctx.dataDir, ctx.now());
  } catch {
    // Still due (the flag is cleared only at its end).
  }
  return result;
}
