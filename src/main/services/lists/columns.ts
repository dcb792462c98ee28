// Each officer's choice of list columns, on this computer (officer_preferences, migration 7):
// a preference, not a record, so it is neither synced nor audited.
import type { ListColumnsView } from '../../../shared/contract/lists';
import { columnsInOrder, DEFAULT_COLUMNS, type ListName } from '../../../shared/lists/columns';
import { requireOfficer, type ServiceContext } from '../../store/context';

const key = (list: ListName) => `columns.${list}`;

export async function listColumns(ctx: ServiceContext, list: ListName): Promise<ListColumnsView> {
  const me = ctx.me;
  const row = me
    ? await ctx.db
        .selectFrom('officer_preferences')
        .select('value')
        .where('person_id', '=', me.id)
        .where('key', '=', key(list))
        .executeTakeFirst()
    : undefined;
  if (!row) return { list, columns: [...DEFAULT_COLUMNS[list]] };
  let chosen: unknown;
  try {
    chosen = JSON.parse(row.value);
  } catch {
    chosen = null;
  }
  // A damaged choice shows the usual columns rather than an empty list.
  if (!Array.isArray(chosen)) return { list, columns: [...DEFAULT_COLUMNS[list]] };
  return { list, columns: columnsInOrder(list, chosen.map(String)) };
}

export async function setListColumns(
  ctx: ServiceContext,
  input: { list: ListName; columns: string[] },
): Promise<ListColumnsView> {
  const me = requireOfficer(ctx);
  const columns = columnsInOrder(input.list, input.columns);
  const at = ctx.now().toISOString();
  await ctx.db
    .insertInto('officer_preferences')
    .values({ person_id: me.id, key: key(input.list), value: JSON.stringify(columns), updated_at: at })
    .onConflict((oc) =>
      oc.columns(['person_id', 'key']).doUpdateSet({ value: JSON.stringify(columns), updated_at: at }),
    )
    .execute();
  return { list: input.list, columns };
}
