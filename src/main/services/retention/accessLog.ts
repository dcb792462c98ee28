// Who has changed and who has looked at a resident's records: the "audit of who accessed it" part
// of a subject access export, from the change log and the view log (who opened a case or the
// resident, downloaded an attachment, issued or opened a letter). The one place that reads the
// audit for it.
import { describeAccess } from '../../../shared/audit/words';
import type { ServiceContext } from '../../store/context';

export async function accessLogOf(
  ctx: ServiceContext,
  residentId: string,
  caseIds: readonly string[],
): Promise<string> {
  const ids = [residentId, ...caseIds];
  const placeholders = ids.map(() => '?').join(', ');
  const onCases = caseIds.map(() => '?').join(', ');
  // Changes to the resident and their cases, and to every record on those cases (by the record's case).
  const rows = ctx.sqlite
    .prepare(
      `SELECT substr(ch.hlc, 1, 16) AS at, coalesce(p.name, 'Unknown') AS who, count(*) AS changes
       FROM changes ch LEFT JOIN people p ON p.id = ch.actor_id
       WHERE ch.entity_id IN (${placeholders})
          OR ch.entity_id IN (SELECT id FROM case_notes WHERE case_id IN (${onCases}))
          OR ch.entity_id IN (SELECT id FROM contacts WHERE case_id IN (${onCases}) OR resident_id = ?)
       GROUP BY substr(ch.hlc, 1, 16), p.name ORDER BY at`,
    )
    .all(...ids, ...caseIds, ...caseIds, residentId) as Array<{ at: string; who: string; changes: number }>;
  // Views of the resident, their cases, and the cases' attachments and letters.
  const views = ctx.sqlite
    .prepare(
      `SELECT substr(v.hlc, 1, 16) AS at, coalesce(p.name, 'Unknown') AS who, v.action, v.entity
       FROM views v LEFT JOIN people p ON p.id = v.actor_id
       WHERE v.entity_id IN (${placeholders})
          OR v.entity_id IN (SELECT id FROM attachments WHERE case_id IN (${onCases}))
          OR v.entity_id IN (SELECT id FROM letters WHERE case_id IN (${onCases}))
       ORDER BY v.hlc`,
    )
    .all(...ids, ...caseIds, ...caseIds) as Array<{
    at: string;
    who: string;
    action: string;
    entity: string;
  }>;
  return [
    'Who has changed your records',
    '============================',
    'Each line: when (UTC), who, and how many details they recorded or changed at that moment.',
    '',
    ...rows.map(
      (r) => `${r.at.replace('T', ' ')}  ${r.who}  (${r.changes} ${r.changes === 1 ? 'detail' : 'details'})`,
    ),
    '',
    'Who has looked at your records',
    '==============================',
    'Each line: when (UTC), who, and what they looked at.',
    '',
    ...views.map((v) => `${v.at.replace('T', ' ')}  ${v.who}  ${describeAccess(v.action, v.entity)}`),
    '',
  ].join('\n');
}
