// Saving a per-year record whose id is derived (a self-assessment answer, a narrative section).
// The creation carries only what identifies the record; every answer is recorded as its own set,
// so two computers saving the same record for the first time both keep their answers field by
// field (a second creation of an existing id is ignored by sync; sets merge, last writer wins).
import type { Write } from '../../store/context';

type Kind = 'self_assessment_answer' | 'report_narrative';
const TABLE = {
  self_assessment_answer: 'self_assessment_answers',
  report_narrative: 'report_narratives',
} as const;

export async function saveYearRecord(
  w: Write,
  kind: Kind,
  id: string,
  record: { identity: Record<string, string | number>; values: Record<string, string | null> },
): Promise<void> {
  const table = TABLE[kind];
  let before = (await w.tx.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as
    Record<string, unknown> | undefined;
  const fresh = !before;
  if (!before) {
    const created = { id, ...record.identity, updated_by: w.actor.id, updated_at: w.at };
    await w.tx
      .insertInto(table)
      .values(created as never)
      .execute();
    await w.changes.created(kind, id, created);
    before = Object.fromEntries(Object.keys(record.values).map((k) => [k, null]));
  }
  const changed = await w.changes.updated(kind, id, before, record.values);
  if (changed.length === 0) return;
  const stamp = { updated_by: w.actor.id, updated_at: w.at };
  if (!fresh) await w.changes.updated(kind, id, before, stamp);
  await w.tx
    .updateTable(table)
    .set({ ...Object.fromEntries(changed.map((k) => [k, record.values[k]])), ...stamp } as never)
    .where('id', '=', id)
    .execute();
}

/** The latest save among a year's records: who and when. */
export function lastSaved(rows: { updated_at: string; name: string | null }[]): {
  lastSavedBy: string | null;
  lastSavedAt: string | null;
} {
  let latest: { updated_at: string; name: string | null } | null = null;
  for (const r of rows) if (!latest || r.updated_at > latest.updated_at) latest = r;
  return { lastSavedBy: latest?.name ?? null, lastSavedAt: latest?.updated_at ?? null };
}
