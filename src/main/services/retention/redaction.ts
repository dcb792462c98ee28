// Redacting other residents from a subject access export: on a group complaint, everyone else's
// name, contact details and address are replaced wherever they appear in the text.
import type BetterSqlite3 from 'better-sqlite3';

export const REDACTED = '[another resident]';

const PERSONAL = `SELECT r.name, r.phone, r.email, r.representative_name, r.representative_contact,
  p.address_line1, p.address_line2, p.postcode
  FROM residents r LEFT JOIN properties p ON p.id = r.property_id WHERE r.id = ?`;

export class Redactor {
  private constructor(private readonly values: readonly string[]) {}

  /** Every other resident on these cases (the lead resident and each party), by their personal values. */
  static forCases(db: BetterSqlite3.Database, subject: string, caseIds: readonly string[]): Redactor {
    const others = new Set<string>();
    for (const id of caseIds) {
      const lead = db.prepare('SELECT resident_id FROM cases WHERE id = ?').get(id) as
        { resident_id: string | null } | undefined;
      if (lead?.resident_id && lead.resident_id !== subject) others.add(lead.resident_id);
      for (const p of db.prepare('SELECT resident_id FROM case_parties WHERE case_id = ?').all(id) as Array<{
        resident_id: string;
      }>)
        if (p.resident_id !== subject) others.add(p.resident_id);
    }
    const mine = new Set(Redactor.valuesOf(db, subject));
    const values = [...others]
      .flatMap((id) => Redactor.valuesOf(db, id))
      // What the subject shares with them (a surname, the same address) is the subject's own too.
      .filter((v) => !mine.has(v));
    // Longest first, so a full name goes before a part of it.
    return new Redactor([...new Set(values)].sort((a, b) => b.length - a.length));
  }

  private static valuesOf(db: BetterSqlite3.Database, residentId: string): string[] {
    const row = db.prepare(PERSONAL).get(residentId) as Record<string, string | null> | undefined;
    if (!row) return [];
    return Object.values(row).filter((v): v is string => typeof v === 'string' && v.trim().length >= 3);
  }

  text(s: string): string {
    let out = s;
    for (const v of this.values) out = out.split(v).join(REDACTED);
    return out;
  }
}
