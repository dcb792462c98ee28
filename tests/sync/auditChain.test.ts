// Audit chains through the share: an officer's changes and views reach a manager's computer with
// their chain fields as written, and verify there; an entry altered in the share's copy (the
// segment file rewritten whole, its checksum and name recomputed, as anyone who can write to the
// folder could) is caught — by the chain on the receiving computer, or by the share's own checks
// refusing the file. Either way the forgery never passes as an intact entry.
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/shared/contract/audit';
import { CLEAN } from './fakeShare';
import { joinShareFrom, Sim, type Replica } from './harness';
import { buildSegmentFile, parseSegmentFile, SEGMENT_PATH } from './segmentFiles';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

/** An officer's computer (A) on the share, and a manager's (B) not yet synced. */
async function officerAndManager(seed: number, encryption = true) {
  const sim = await Sim.create({ seed, replicas: 1, adversary: CLEAN, encryption });
  sims.push(sim);
  const a = sim.replicas[0]!;
  // Set up by the harness with a manager as its first person (a replica added with
  // `officer: false` has a reader at the keyboard, so nobody could set it up afterwards).
  const b = await sim.addReplica(0, { role: 'manager', join: false });
  expect(b.app.context.me?.role).toBe('manager');
  await joinShareFrom({ context: a.app.context, fs: sim.cleanView(a) }, b.app.context, sim.cleanView(b), {
    deviceLabel: 'Manager laptop',
  });
  return { sim, a, b };
}

const chainOf = (report: AuditReport, r: Replica) =>
  report.installations.find((i) => i.installation === r.rid);

describe('audit chains through the share', () => {
  it("an officer's changes and views verify on the manager's computer, and the manager sees who viewed the case", async () => {
    const { a, b } = await officerAndManager(1301);
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Mould in the kitchen' });
    await a.call('cases.update', { id: opened.id, changes: { summary: 'Mould in the kitchen and hall' } });
    await a.call('cases.get', { idOrReference: opened.reference });
    await a.mustSync();
    await b.mustSync();
    const report = await b.call('audit.verify', {});
    expect(report.ok).toBe(true);
    const own = (table: string) =>
      (
        a.app.context.sqlite
          .prepare(`SELECT count(*) AS n FROM ${table} WHERE replica_id = ?`)
          .get(a.rid) as { n: number }
      ).n;
    expect(chainOf(report, a)).toMatchObject({
      entries: own('changes') + own('views'),
      problems: [],
      thisComputer: false,
    });
    const views = await b.call('audit.caseViews', { caseIdOrReference: opened.reference });
    expect(views).toEqual([
      expect.objectContaining({ person: 'Officer 0', installation: a.rid, action: 'viewed' }),
    ]);
    // Stored exactly as they came: the same chain fields on both computers.
    const chain = (r: Replica) =>
      r.app.context.sqlite
        .prepare(
          `SELECT chain_pos, chain_hash FROM changes WHERE replica_id = ? UNION ALL SELECT chain_pos, chain_hash FROM views WHERE replica_id = ? ORDER BY chain_pos`,
        )
        .all(a.rid, a.rid);
    expect(chain(b)).toEqual(chain(a));
  });

  it("an entry altered in the share's copy is caught: named by the chain, or the file refused", async () => {
    // A share without encryption, so the attacker can rewrite the file in place: the signature over
    // its content still belongs to A, and the chain still names what was stored.
    const { sim, a, b } = await officerAndManager(1302, false);
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Broken boiler' });
    await a.call('cases.update', { id: opened.id, changes: { summary: 'Broken boiler, no heating' } });
    await a.mustSync();
    // The attacker rewrites A's segment: one change's new value, the file made whole again.
    const path = sim.fake!.paths().find((p) => SEGMENT_PATH.exec(p)?.[1] === a.rid)!;
    const file = parseSegmentFile(sim.fake!.get(path)!);
    const target = file.ops.find((o) => o.o === 'set' && o.f === 'summary')!;
    target.v = 'Nothing wrong';
    const { header } = file;
    const forged = buildSegmentFile(
      Object.fromEntries(
        Object.entries(header).filter(([k]) => !['count', 'hlcFirst', 'hlcLast'].includes(k)),
      ),
      file.ops,
    );
    sim.fake!.delete(path);
    sim.fake!.put(path.replace(/[^/]+$/, forged.name), forged.bytes, '(attacker)');

    await b.sync();
    const report = await b.call('audit.verify', {});
    const stored = b.app.context.sqlite
      .prepare('SELECT 1 FROM changes WHERE new_value = ?')
      .get('"Nothing wrong"');
    const namedByChain = chainOf(report, a)?.problems.some(
      (p) => p.kind === 'altered' && p.position === target.cp,
    );
    const refused = (await b.attention()).length > 0 && !stored;
    // Never an intact-looking forgery: whatever was stored from it is named by installation and position.
    if (stored) expect(namedByChain).toBe(true);
    expect(namedByChain || refused).toBe(true);
    expect(report.ok).toBe(!stored);
  });
});
