// Rebuilding the search entries of records a merge touched, in small transactions after the merge
// has committed: merged data is visible at once, and search follows within moments. When most of
// the store is waiting (a new computer joining a share, a restore), the index is built again from
// the tables in one pass instead: the same entries, several times faster than record by record.
import type BetterSqlite3 from 'better-sqlite3';
import { residentFtsRow } from '../db/fts';

const CHUNK = 2_000;

/** A rebuild takes over from this many waiting entries when they are at least half the records. */
const REBUILD_FROM = 2_000;

interface ResidentRow {
  n: number;
  name: string;
  phone: string | null;
  email: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  postcode: string | null;
}

interface CaseRow {
  n: number;
  reference: string;
  summary: string;
  resident: string | null;
}

const RESIDENT = `SELECT r.n, r.name, r.phone, r.email, p.address_line1, p.address_line2, p.town, p.postcode
  FROM residents r LEFT JOIN properties p ON p.id = r.property_id`;
const CASE = `SELECT c.n, c.reference, c.summary, r.name AS resident FROM cases c LEFT JOIN residents r ON r.id = c.resident_id`;

/** The two search indexes' writes, for one connection. */
class SearchIndex {
  private readonly dropResident: BetterSqlite3.Statement;
  private readonly addResident: BetterSqlite3.Statement;
  private readonly dropCase: BetterSqlite3.Statement;
  private readonly addCase: BetterSqlite3.Statement;

  constructor(private readonly db: BetterSqlite3.Database) {
    this.dropResident = db.prepare('DELETE FROM resident_fts WHERE rowid = ?');
    this.addResident = db.prepare(
      'INSERT INTO resident_fts (rowid, name, phone, email, address, postcode) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.dropCase = db.prepare('DELETE FROM case_fts WHERE rowid = ?');
    this.addCase = db.prepare(
      'INSERT INTO case_fts (rowid, reference, summary, resident) VALUES (?, ?, ?, ?)',
    );
  }

  resident(r: ResidentRow, replace: boolean): void {
    const f = residentFtsRow({
      name: r.name,
      phone: r.phone,
      email: r.email,
      address: [r.address_line1, r.address_line2, r.town].filter(Boolean).join(', ') || null,
      postcode: r.postcode,
    });
    if (replace) this.dropResident.run(r.n);
    this.addResident.run(r.n, f.name, f.phone, f.email, f.address, f.postcode);
  }

  case(c: CaseRow, replace: boolean): void {
    if (replace) this.dropCase.run(c.n);
    this.addCase.run(c.n, c.reference, c.summary, c.resident ?? '');
  }

  /** Every entry again, from the tables, page by page (a million cases never sit in memory at once). */
  rebuild(): number {
    const db = this.db;
    db.exec(
      `INSERT INTO case_fts (case_fts) VALUES ('delete-all'); INSERT INTO resident_fts (resident_fts) VALUES ('delete-all');`,
    );
    let total = 0;
    const residents = db.prepare(`${RESIDENT} WHERE r.n > ? ORDER BY r.n LIMIT ${CHUNK}`);
    for (let after = 0, page: ResidentRow[]; (page = residents.all(after) as ResidentRow[]).length > 0;) {
      for (const r of page) this.resident(r, false);
      after = page[page.length - 1]!.n;
      total += page.length;
    }
    const cases = db.prepare(`${CASE} WHERE c.n > ? ORDER BY c.n LIMIT ${CHUNK}`);
    for (let after = 0, page: CaseRow[]; (page = cases.all(after) as CaseRow[]).length > 0;) {
      for (const c of page) this.case(c, false);
      after = page[page.length - 1]!.n;
      total += page.length;
    }
    db.prepare('DELETE FROM search_pending').run();
    return total;
  }
}

/** The entry that stands for every record: the whole index is due (search_pending). */
const WHOLE = '*';

/** Marks the whole index for rebuilding (a bulk load: store/bulkLoad.ts), instead of one entry per record. */
export function noteWholeSearchIndexDue(db: BetterSqlite3.Database): void {
  db.prepare(
    `INSERT OR IGNORE INTO search_pending (entity, entity_id) VALUES ('${WHOLE}', '${WHOLE}')`,
  ).run();
}

export function catchUpSearch(db: BetterSqlite3.Database): number {
  // Usually nothing is pending (this runs at every start): one probe, no statements prepared.
  if (!db.prepare('SELECT 1 FROM search_pending LIMIT 1').get()) return 0;
  const index = new SearchIndex(db);
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  const waiting = count('SELECT count(*) FROM search_pending');
  if (
    db.prepare(`SELECT 1 FROM search_pending WHERE entity = '${WHOLE}'`).get() ||
    (waiting >= REBUILD_FROM &&
      waiting * 2 >= count('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM residents)'))
  )
    return db.transaction(() => index.rebuild())();

  const next = db.prepare('SELECT entity, entity_id FROM search_pending LIMIT ?');
  const done = db.prepare('DELETE FROM search_pending WHERE entity = ? AND entity_id = ?');
  const residentsAt = db.prepare('SELECT id FROM residents WHERE property_id = ?');
  const casesOf = db.prepare('SELECT id FROM cases WHERE resident_id = ?');
  const resident = db.prepare(`${RESIDENT} WHERE r.id = ?`);
  const kase = db.prepare(`${CASE} WHERE c.id = ?`);

  let total = 0;
  for (;;) {
    const batch = next.all(CHUNK) as Array<{ entity: string; entity_id: string }>;
    if (batch.length === 0) return total;
    db.transaction(() => {
      const residents = new Set<string>();
      const cases = new Set<string>();
      for (const { entity, entity_id: id } of batch) {
        if (entity === 'case') cases.add(id);
        else if (entity === 'resident') residents.add(id);
        else if (entity === 'property')
          for (const r of residentsAt.all(id) as Array<{ id: string }>) residents.add(r.id);
        done.run(entity, id);
      }
      for (const id of residents) {
        const r = resident.get(id) as ResidentRow | undefined;
        if (!r) continue;
        index.resident(r, true);
        // A resident's name is searchable on their cases too.
        for (const c of casesOf.all(id) as Array<{ id: string }>) cases.add(c.id);
      }
      for (const id of cases) {
        const c = kase.get(id) as CaseRow | undefined;
        if (!c) continue;
        index.case(c, true);
      }
      total += residents.size + cases.size;
    })();
  }
}
