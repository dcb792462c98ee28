// Kysely's SQLite dialect, with one fix for a failing disk. When a write fails with SQLITE_FULL
// (or an I/O error), SQLite may already have rolled the transaction back itself; Kysely then
// issues its own ROLLBACK, which fails with "cannot rollback - no transaction is active" — and
// that error replaced the real one, so a full disk was reported as a mystery. Here a rollback
// with no transaction open is skipped, so the real error (SQLITE_FULL) is the one that surfaces.
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

class StoreDriver extends SqliteDriver {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      // Rolled back by SQLite meanwhile: the caller's own error is the one that matters.
      if (this.sqlite.inTransaction) throw error;
    }
  }
}

export class StoreDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new StoreDriver(this.sqlite);
  }
}
