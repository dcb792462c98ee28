// The command bar's search (search.find) on a seeded store: a reference prefix, a name and a phone,
// each beside the same queries in raw better-sqlite3, and the plans that keep them index walks.
import type { RedressApp } from '../src/main/app';
import { paired } from './measure';

export interface SearchMeasure {
  what: string;
  redress: number;
  raw: number;
  budget: number | null;
}

/** Under this the command bar answers before the officer has finished typing. */
const BUDGET_MS = 20;

export async function benchSearch(app: RedressApp): Promise<{ rows: SearchMeasure[]; plans: string[] }> {
  const db = app.store.sqlite;
  const latest = db.prepare('SELECT reference FROM cases ORDER BY n DESC LIMIT 1').get() as {
    reference: string;
  };
  const rawCases = db.prepare(
    `SELECT c.id, c.reference, r.name FROM cases c LEFT JOIN residents r ON r.id = c.resident_id
     WHERE c.reference >= ? AND c.reference < ? AND c.deleted_at IS NULL ORDER BY c.reference DESC LIMIT 8`,
  );
  const rawResidents = db.prepare(
    `SELECT r.id, r.name FROM (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ? ORDER BY rowid DESC LIMIT 8) f
     JOIN residents r ON r.n = f.rowid LEFT JOIN properties p ON p.id = r.property_id ORDER BY r.name`,
  );
  const phone = (
    db.prepare('SELECT phone FROM residents WHERE phone IS NOT NULL ORDER BY n DESC LIMIT 1').get() as {
      phone: string;
    }
  ).phone;
  // A year's references ("CMP-26-"), one case's, a surname, a phone's first digits.
  const yearPrefix = latest.reference.split('-').slice(0, 2).join('-') + '-';
  const queries: Array<[string, string, () => unknown]> = [
    [`reference "${yearPrefix}"`, yearPrefix, () => rawCases.all(yearPrefix, `${yearPrefix}~`)],
    [
      `reference "${latest.reference}"`,
      latest.reference,
      () => rawCases.all(latest.reference, `${latest.reference}~`),
    ],
    ['name "okafor"', 'okafor', () => rawResidents.all('name : ("okafor"*)')],
    [
      `phone "${phone.slice(0, 8)}"`,
      phone.slice(0, 8),
      () => rawResidents.all(`phone : "${phone.slice(0, 8).replace(/\D/g, '')}"*`),
    ],
  ];
  const rows: SearchMeasure[] = [];
  for (const [label, text, raw] of queries) {
    const r = await paired(
      100,
      async () => {
        const out = await app.dispatch('search.find', { text });
        if (!out.ok) throw new Error(out.error.message);
      },
      raw,
    );
    rows.push({ what: `command bar ${label}`, redress: r.a.median, raw: r.b.median, budget: BUDGET_MS });
  }
  const plans = [
    ...(
      db.prepare(`EXPLAIN QUERY PLAN ${rawCases.source}`).all(yearPrefix, `${yearPrefix}~`) as Array<{
        detail: string;
      }>
    ).map((p) => `cases: ${p.detail}`),
  ];
  // A scan of the cases would read all of them: the reference index must do the work.
  if (!plans.some((p) => p.includes('USING INDEX cases_reference')) || plans.some((p) => /SCAN c\b/.test(p)))
    throw new Error(
      `The command bar's case search no longer walks the reference index:\n${plans.join('\n')}`,
    );
  return { rows, plans };
}
