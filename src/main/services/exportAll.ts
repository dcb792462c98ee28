// A complete, plain JSON copy of the case store: for a landlord's own backups, audits and
// moving to other systems. Internal row numbers stay behind; everything else goes.
import type { ServiceContext } from '../store/context';

export const EXPORT_FORMAT = 'redress-export';

export async function exportAll(ctx: ServiceContext) {
  const strip = <T extends { n?: number }>(rows: T[]) => rows.map(({ n: _n, ...rest }) => rest);
  const [people, properties, residents, cases, contacts, changes] = await Promise.all([
    ctx.db.selectFrom('people').selectAll().orderBy('created_at').execute(),
    ctx.db.selectFrom('properties').selectAll().orderBy('n').execute(),
    ctx.db.selectFrom('residents').selectAll().orderBy('n').execute(),
    ctx.db.selectFrom('cases').selectAll().orderBy('n').execute(),
    ctx.db.selectFrom('contacts').selectAll().orderBy('n').execute(),
    ctx.db.selectFrom('changes').selectAll().orderBy('hlc').execute(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: ctx.now().toISOString(),
    installation: { id: ctx.installation.id, code: ctx.installation.code },
    people,
    properties: strip(properties),
    residents: strip(residents),
    cases: strip(cases),
    contacts: strip(contacts),
    changes,
  };
}
