// The one way sync touches the store: short pieces of synchronous work, each holding the store's
// only connection just while it runs (so a service's transaction is never interleaved with sync's
// statements). Share I/O happens between pieces, never inside one: the app never waits on the
// share. A piece that returns a promise is refused outright, so no transaction can stay open
// across an await.
import type BetterSqlite3 from 'better-sqlite3';
import type { ServiceContext } from '../store/context';

export type AtStore = <T>(work: (db: BetterSqlite3.Database) => T) => Promise<T>;

export function storeAccess(ctx: Pick<ServiceContext, 'db' | 'sqlite'>): AtStore {
  return <T>(work: (db: BetterSqlite3.Database) => T) =>
    ctx.db.connection().execute(async () => {
      const result = work(ctx.sqlite);
      if (result && typeof (result as { then?: unknown }).then === 'function')
        throw new Error('Sync work on the store must not wait on anything (no share I/O inside it).');
      return result;
    });
}
