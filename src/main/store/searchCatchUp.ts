// Rebuilding the search entries of records a merge touched, in small transactions after the merge
// has committed: merged data is visible at once, and search follows within moments.
import type BetterSqlite3 from 'better-sqlite3';
import { residentFtsRow } from '../db/fts';

const CHUNK = 2_000;

export function catchUpSearch(db: BetterSqlite3.Database): number {
  // Usually nothing is pending (this runs at every start): one probe, no statements prepared.
  if (!db.prepare('SELECT 1 FROM search_pending LIMIT 1').get()) return 0;
  const next = db.prepare('SELECT entity, entity_id FROM search_pending LIMIT ?');
  const done = db.prepare('DELETE FROM search_pending WHERE entity = ? AND entity_id = ?');
  const residentsAt = db.prepare('SELECT id FROM residents WHERE property_id = ?');
  const casesOf = db.prepare('SELECT id FROM cases WHERE resident_id = ?');
  const resident = db.prepare(
    `SELECT r.n, r.name, r.phone, r.email, p.address_line1, p.address_line2, p.town, p.postcode
     FROM residents r LEFT JOIN properties p ON p.id = r.property_id WHERE r.id = ?`,
  );
  const kase = db.prepare(
    `SELECT c.n, c.reference, c.summary, r.name AS resident FROM cases c LEFT JOIN residents r ON r.id = c.resident_id WHERE c.id = ?`,
  );
  const dropResident = db.prepare('DELETE FROM resident_fts WHERE rowid = ?');
  const addResident = db.prepare(
    'INSERT INTO resident_fts (rowid, name, phone, email, address, postcode) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const dropCase = db.prepare('DELETE FROM case_fts WHERE rowid = ?');
  const addCase = db.prepare(
    'INSERT INTO case_fts (rowid, reference, summary, resident) VALUES (?, ?, ?, ?)',
  );

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
        const r = resident.get(id) as
          | {
              n: number;
              name: string;
              phone: string | null;
              email: string | null;
              address_line1: string | null;
              address_line2: string | null;
              town: string | null;
              postcode: string | null;
            }
          | undefined;
        if (!r) continue;
        const f = residentFtsRow({
          name: r.name,
          phone: r.phone,
          email: r.email,
          address: [r.address_line1, r.address_line2, r.town].filter(Boolean).join(', ') || null,
          postcode: r.postcode,
        });
        dropResident.run(r.n);
        addResident.run(r.n, f.name, f.phone, f.email, f.address, f.postcode);
        // A resident's name is searchable on their cases too.
        for (const c of casesOf.all(id) as Array<{ id: string }>) cases.add(c.id);
      }
      for (const id of cases) {
        const c = kase.get(id) as
          { n: number; reference: string; summary: string; resident: string | null } | undefined;
        if (!c) continue;
        dropCase.run(c.n);
        addCase.run(c.n, c.reference, c.summary, c.resident ?? '');
      }
      total += residents.size + cases.size;
    })();
  }
}
