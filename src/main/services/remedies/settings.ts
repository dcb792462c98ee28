// The landlord's remedies policy: the panel threshold and the compensation bands, settings rows
// shared by every computer. A damaged value falls back to the shipped default rather than blocking
// work (as the complaint policy does).
import type { Kysely } from 'kysely';
import { AppError, type ParsedInputOf } from '../../../shared/contract';
import type { RemedySettings } from '../../../shared/contract/remedyTypes';
import {
  compensationBandsSchema,
  DEFAULT_PANEL_THRESHOLD_PENCE,
  SHIPPED_BANDS,
} from '../../../shared/remedies/compensation';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { within, write } from '../../store/context';

const THRESHOLD = 'remedies.panelThresholdPence';
const BANDS = 'remedies.compensationBands';

function parsed(value: string | undefined): unknown {
  try {
    return value === undefined ? undefined : JSON.parse(value);
  } catch {
    return undefined;
  }
}

export async function remedySettings(db: Kysely<Database>): Promise<RemedySettings> {
  const rows = await db
    .selectFrom('settings')
    .select(['id', 'value'])
    .where('id', 'in', [THRESHOLD, BANDS])
    .execute();
  const threshold = parsed(rows.find((r) => r.id === THRESHOLD)?.value);
  const bands = compensationBandsSchema.safeParse(parsed(rows.find((r) => r.id === BANDS)?.value));
  return {
    panelThresholdPence:
      typeof threshold === 'number' && Number.isSafeInteger(threshold) && threshold >= 0
        ? threshold
        : DEFAULT_PANEL_THRESHOLD_PENCE,
    compensationBands: bands.success ? bands.data : SHIPPED_BANDS,
    customBands: bands.success,
  };
}

export async function updateRemedySettings(
  ctx: ServiceContext,
  input: ParsedInputOf<'remedies.updateSettings'>,
): Promise<RemedySettings> {
  return write(ctx, async (w) => {
    const wanted: Array<[string, unknown]> = [];
    if (input.panelThresholdPence !== undefined) wanted.push([THRESHOLD, input.panelThresholdPence]);
    if (input.compensationBands !== undefined) wanted.push([BANDS, input.compensationBands]);
    for (const [id, value] of wanted) {
      const before = await w.tx.selectFrom('settings').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw new AppError('INTERNAL', `The setting ${id} is missing from this case store.`);
      const json = JSON.stringify(value);
      if (json === before.value) continue;
      await w.changes.updated('setting', id, before, { value: json });
      await w.tx
        .updateTable('settings')
        .set({ value: json, updated_at: w.at })
        .where('id', '=', id)
        .execute();
    }
    return remedySettings(within(ctx, w).db);
  });
}
