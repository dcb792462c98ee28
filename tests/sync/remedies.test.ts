// Property: nothing is lost when two computers edit the same remedy and promised action offline.
// For random edits on two replicas that cannot see each other (amount, heads, text and offer of a
// remedy; completion with evidence and resident updates of an action), after syncing through a real
// folder: every replica holds the same state; a field only one side changed has that side's value;
// a decision field (remedy amount, heads, status; action status, completion, evidence) both changed
// differently is surfaced in Needs attention on every replica with both values; every resident
// update made on either side is on both.
//
// More seeds: REDRESS_SYNC_SEEDS=100 npx vitest run tests/sync/remedies.test.ts
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../src/shared/contract';
import { RECORD_KINDS } from '../../src/main/store/registry';
import { seedsFromEnv, Sim, type Replica } from './harness';
import type { Rng } from './rng';

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

const WATCHED = {
  remedies: { entity: 'remedy', fields: ['amount_pence', 'heads', 'text', 'status', 'offered_on'] },
  promised_actions: { entity: 'promised_action', fields: ['status', 'completed_on', 'evidence'] },
} as const;
type Table = keyof typeof WATCHED;

const decisionFields = (entity: keyof typeof RECORD_KINDS): readonly string[] =>
  RECORD_KINDS[entity].decisions as readonly string[];

/** What the runs reached over all seeds: the edits must really collide. */
const reached = { surfaced: 0, onlyOneSide: 0, resolvedSame: 0 };
afterAll(() => {
  if (seedsFromEnv(8, 7000).length >= 8) expect(reached.surfaced, JSON.stringify(reached)).toBeGreaterThan(0);
});

interface Edit {
  procedure: ProcedureName;
  input: unknown;
}

function randomEdit(rng: Rng, remedyId: string, actionId: string, who: string): Edit {
  switch (rng.int(6)) {
    case 0:
      return {
        procedure: 'remedies.update',
        input: { id: remedyId, changes: { amountPence: 100 * rng.between(1, 250) } },
      };
    case 1:
      return {
        procedure: 'remedies.update',
        input: {
          id: remedyId,
          changes: { heads: rng.chance(0.5) ? ['goodwill'] : ['financial_loss', 'time_and_trouble'] },
        },
      };
    case 2:
      return {
        procedure: 'remedies.update',
        input: { id: remedyId, changes: { text: `Text from ${who} ${rng.word(5)}` } },
      };
    case 3:
      return { procedure: 'remedies.offer', input: { id: remedyId } };
    case 4:
      return {
        procedure: 'actions.complete',
        input: { id: actionId, evidence: `Evidence from ${who} ${rng.word(5)}` },
      };
    default:
      return {
        procedure: 'actions.update',
        input: { id: actionId, method: 'phone', said: `Told by ${who} ${rng.word(6)}` },
      };
  }
}

type Written = Map<string, unknown>; // "table.id.field" → stored value

function row(r: Replica, table: Table, id: string): Record<string, unknown> {
  return r.rows<Record<string, unknown>>(`SELECT * FROM ${table} WHERE id = ?`, id)[0]!;
}

/** Runs `count` random edits on `r`, noting every watched field it changed (refusals are skipped). */
async function editOffline(r: Replica, rng: Rng, ids: { remedy: string; action: string }, count: number) {
  const written: Written = new Map();
  const said: string[] = [];
  for (let i = 0; i < count; i++) {
    const edit = randomEdit(rng, ids.remedy, ids.action, r.name);
    const before = {
      remedies: row(r, 'remedies', ids.remedy),
      promised_actions: row(r, 'promised_actions', ids.action),
    };
    const result = await r.app.dispatch(edit.procedure, edit.input);
    if (!result.ok) {
      expect(result.error.code, `${edit.procedure}: ${result.error.message}`).toBe('VALIDATION');
      continue;
    }
    if (edit.procedure === 'actions.update') said.push((edit.input as { said: string }).said);
    for (const table of Object.keys(WATCHED) as Table[]) {
      const id = table === 'remedies' ? ids.remedy : ids.action;
      const after = row(r, table, id);
      for (const field of WATCHED[table].fields)
        if (after[field] !== before[table][field]) written.set(`${table}.${id}.${field}`, after[field]);
    }
  }
  return { written, said };
}

describe('remedies and promised actions edited on two computers offline (nothing is lost)', () => {
  for (const seed of seedsFromEnv(8, 7000)) {
    it(`seed ${seed}`, async () => {
      const sim = await Sim.create({ seed, replicas: 3, share: { kind: 'folder' } });
      sims.push(sim);
      const [a, b, c] = sim.replicas as [Replica, Replica, Replica];
      const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak not fixed' });
      await a.call('cases.command', {
        id: opened.id,
        command: { kind: 'acknowledge', on: a.today(), how: 'phone' },
      });
      const remedy = await a.call('remedies.add', {
        caseId: opened.id,
        kind: 'financial',
        amountPence: 15_000,
        heads: ['time_and_trouble'],
      });
      const action = await a.call('actions.add', {
        caseId: opened.id,
        what: 'Replace the pipe',
        owner: 'Repairs team',
        ownerContact: '0161 555 0100',
        dueOn: '2026-02-01',
        remedyId: remedy.id,
      });
      expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);

      const ids = { remedy: remedy.id, action: action.id };
      const onB = await editOffline(b, sim.rng.fork('b'), ids, sim.rng.between(1, 4));
      sim.advance(60_000);
      const onC = await editOffline(c, sim.rng.fork('c'), ids, sim.rng.between(1, 4));
      expect(await sim.quiesce(), sim.diff()).toBeGreaterThan(0);
      expect(new Set(sim.hashes()).size, sim.diff()).toBe(1);

      const conflicts = (await a.attention()).filter((i) => i.kind === 'conflict');
      for (const r of [b, c])
        expect(
          (await r.attention())
            .filter((i) => i.kind === 'conflict')
            .map((i) => i.id)
            .sort(),
          r.name,
        ).toEqual(conflicts.map((i) => i.id).sort());
      for (const key of new Set([...onB.written.keys(), ...onC.written.keys()])) {
        const [table, id, field] = key.split('.') as [Table, string, string];
        const final = row(a, table, id)[field];
        const fromB = onB.written.get(key);
        const fromC = onC.written.get(key);
        const bWrote = onB.written.has(key);
        const cWrote = onC.written.has(key);
        if (bWrote !== cWrote) reached.onlyOneSide++;
        if (bWrote && !cWrote) expect(final, `${key}: only b changed it`).toEqual(fromB);
        else if (cWrote && !bWrote) expect(final, `${key}: only c changed it`).toEqual(fromC);
        else {
          if (fromB === fromC) reached.resolvedSame++;
          expect([fromB, fromC], `${key}: the value kept is one of the two`).toContainEqual(final);
          if (fromB !== fromC && decisionFields(WATCHED[table].entity).includes(field)) {
            const item = conflicts.find((i) => i.entityId === id && i.field === field);
            expect(item, `${key}: both values surfaced`).toBeDefined();
            reached.surfaced++;
            expect(item!.options.map((o) => JSON.stringify(o.value)).sort()).toEqual(
              [JSON.stringify(fromB), JSON.stringify(fromC)].sort(),
            );
          }
        }
      }
      // Every update given to the resident, on either computer, is on every computer.
      for (const r of sim.replicas)
        expect(
          r.rows<{ said: string }>('SELECT said FROM action_updates ORDER BY said').map((u) => u.said),
          r.name,
        ).toEqual([...onB.said, ...onC.said].sort());
    });
  }
});
