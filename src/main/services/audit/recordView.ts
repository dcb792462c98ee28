// Recording that someone viewed, downloaded, issued or exported something. A read stays a read:
// if the entry cannot be written (a full disk, a locked store) the read still answers, and the
// failure is logged with the action and kind of record only, never the record or the person.
import type { ServiceContext } from '../../store/context';
import { appendView, sameVisit, type Viewed } from '../../store/viewLog';

export type { Viewed } from '../../store/viewLog';

/** Records a view made by the person signed in; never throws. Looking again within minutes is one visit. */
export async function recordView(ctx: ServiceContext, what: Viewed): Promise<void> {
  if (!ctx.me) return;
  const actorId = ctx.me.id;
  const rid = ctx.installation.id;
  try {
    // Like sync's store work: the only connection, held just while this runs, in its own transaction.
    await ctx.db.connection().execute(async () => {
      ctx.sqlite.transaction(() => {
        if (what.action === 'viewed' && sameVisit(ctx.sqlite, rid, actorId, what, ctx.now().getTime()))
          return;
        appendView(ctx.sqlite, ctx.clock, rid, actorId, what);
      })();
    });
  } catch (error) {
    console.error(
      `[redress] could not record that a ${what.entity} was ${what.action}: ${(error as { code?: string }).code ?? (error as Error).name}`,
    );
  }
}

/** Answers a read, then records what it showed. */
export async function viewed<T>(ctx: ServiceContext, answer: Promise<T>, what: (a: T) => Viewed): Promise<T> {
  const a = await answer;
  await recordView(ctx, what(a));
  return a;
}
