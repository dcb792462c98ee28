// Changes arriving through sync meet the contract's value rules (store/fieldValues.ts): an honest
// but faulty peer's impossible date or control characters are held (pending_ops 'invalid', like a
// change from a newer version) and shown in Needs attention, never stored; the rest of the same
// file is applied as usual.
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { CLEAN } from './fakeShare';
import { Sim, type Replica } from './harness';
import { shareKeyOf } from '../../src/main/sync/keyring';
import { HandWrittenReplica } from './newerReplica';
import { valueProblem } from '../../src/main/sync/values';
import { RECORD_KINDS } from '../../src/main/store/registry';
import type { Op } from '../../src/main/sync/ops';

const PEER = '01a20000-0000-7000-8000-0000000bad01';
const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

describe('values from the share meet the contract’s rules', () => {
  it('an impossible date, a NUL and a terminal escape are held and flagged; the other changes of the same file apply', async () => {
    const sim = await Sim.create({ seed: 901, replicas: 2, adversary: CLEAN });
    sims.push(sim);
    const [a, b] = sim.replicas as [Replica, Replica];
    const first = await a.call('cases.open', { type: 'enquiry', summary: 'Leak from the flat above' });
    const second = await a.call('cases.open', { type: 'enquiry', summary: 'Parking permit' });
    const resident = await a.call('residents.create', { name: 'Joan Reid' });
    await a.mustSync();
    await b.mustSync();

    const peer = new HandWrittenReplica(
      PEER,
      (p, bytes) => sim.fake!.put(p, bytes, '(peer)'),
      SCHEMA_VERSION,
      shareKeyOf(sim.replicas[0]!.app.context.sqlite),
    );
    peer.hello(sim.time, 'Reception PC');
    await peer.approvedBy({ context: sim.replicas[0]!.app.context, fs: sim.cleanView(sim.replicas[0]!) });
    const t = sim.time + 1000;
    const bad = [
      { h: peer.hlc(t), e: 'case', k: first.id, o: 'set', f: 'received_on', v: '2026-02-30', x: null, p: [] },
      {
        h: peer.hlc(t),
        e: 'case',
        k: first.id,
        o: 'set',
        f: 'summary',
        v: 'Leak \u001b[31mfixed',
        x: null,
        p: [],
      },
      {
        h: peer.hlc(t),
        e: 'resident',
        k: resident.id,
        o: 'set',
        f: 'name',
        v: 'Joan\u0000Reid',
        x: null,
        p: [],
      },
    ];
    const good = {
      h: peer.hlc(t),
      e: 'case',
      k: second.id,
      o: 'set',
      f: 'summary',
      v: 'Permit renewed',
      x: null,
      p: [],
    };
    peer.segment([...bad, good]);
    await b.mustSync();
    await b.mustSync();

    const hlcs = bad.map((o) => o.h);
    expect(b.countApplied(hlcs), 'none of the invalid changes is in the log').toBe(0);
    const caseRow = b.rows<{ received_on: string | null; summary: string }>(
      'SELECT received_on, summary FROM cases WHERE id = ?',
      first.id,
    )[0]!;
    expect(caseRow.received_on).not.toBe('2026-02-30');
    expect(caseRow.summary).toBe('Leak from the flat above');
    expect(b.rows<{ name: string }>('SELECT name FROM residents WHERE id = ?', resident.id)[0]!.name).toBe(
      'Joan Reid',
    );
    expect(b.rows<{ summary: string }>('SELECT summary FROM cases WHERE id = ?', second.id)[0]!.summary).toBe(
      'Permit renewed',
    );
    const held = b.rows<{ hlc: string; reason: string }>('SELECT hlc, reason FROM pending_ops ORDER BY hlc');
    expect(held).toEqual(hlcs.map((hlc) => ({ hlc, reason: 'invalid' })));
    const items = (await b.attention()).filter((i) => i.id.startsWith('invalid:'));
    expect(items.map((i) => i.id).sort()).toEqual(hlcs.map((h) => `invalid:${h}`).sort());
    expect(items.find((i) => i.id === `invalid:${hlcs[0]}`)!.entityId).toBe(first.id);
    expect(items.every((i) => i.kind === 'held_value' && /was not stored/.test(i.detail))).toBe(true);

    // A's own sync agrees, and everyone converges on the same state.
    await a.mustSync();
    expect(a.countApplied(hlcs)).toBe(0);
    expect(a.hash()).toBe(b.hash());
  });

  it('an edit to a record that is written once (a case note, an update to the resident, an amendment, a paragraph version, an erasure) is held', () => {
    const insertOnly = Object.entries(RECORD_KINDS)
      .filter(([, k]) => 'insertOnly' in k && k.insertOnly)
      .map(([name]) => name);
    // The retention stream added erasures: a record of a resident's erasure is written once too.
    expect(insertOnly.sort()).toEqual([
      'action_update',
      'amendment',
      'case_note',
      'erasure',
      'paragraph_version',
    ]);
    const edit = (e: string, f: string, v: unknown): Op =>
      ({ h: '0', e, k: PEER, o: 'set', f, v, x: null, p: [] }) as unknown as Op;
    expect(valueProblem(edit('case_note', 'text', 'Rewritten'))).toMatch(
      /case note.*never changed once written/,
    );
    expect(valueProblem(edit('amendment', 'reason', 'Other'))).toMatch(/never changed once written/);
    // A standard paragraph's wording is changed by a new version, never by rewriting an old one.
    expect(valueProblem(edit('paragraph_version', 'text', 'Rewritten'))).toMatch(
      /version of a standard paragraph.*never changed once written/,
    );
    // Nor is the record of an erasure ever rewritten (say, to point at another resident).
    expect(valueProblem(edit('erasure', 'reason', 'Other'))).toMatch(
      /erasure of a resident’s personal data.*never changed once written/,
    );
    expect(valueProblem(edit('case', 'summary', 'Fine'))).toBeNull();
  });
});
