import type { AppStatus } from '../../shared/contract/types';
import { SCHEMA_VERSION } from '../db/migrations';
import type { ServiceContext } from '../store/context';

export async function appStatus(ctx: ServiceContext): Promise<AppStatus> {
  const anyCase = await ctx.db.selectFrom('cases').select('n').limit(1).executeTakeFirst();
  return {
    installation: { id: ctx.installation.id, code: ctx.installation.code },
    me: ctx.me,
    schemaVersion: SCHEMA_VERSION,
    dataDir: ctx.dataDir,
    isEmpty: !anyCase,
    demoRequested: ctx.demoRequested === true && !anyCase,
  };
}
