// A call's input crosses to the domain either by structured clone (Electron: the window's
// MessagePort into the domain process) or as JSON (the local host). Structured clone keeps keys
// whose value is `undefined` (JSON drops them) and carries Dates, Maps and the like; the two
// channels must still answer the same call the same way: a VALIDATION error, never INTERNAL.
import { afterEach, describe, expect, it } from 'vitest';
import { callProcedure } from '../../src/main/router/rpc';
import { startLocalHost } from '../../src/main/host/localHost';
import { openTestApp, tempDir, TEST_PASSWORD } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function complaintStore() {
  const root = tempDir('redress-channel-');
  cleanups.push(root.remove);
  const { app, call } = await openTestApp(root.dir);
  cleanups.push(() => app.close());
  const complaint = await call('cases.open', { type: 'complaint', summary: 'Damp in the bedroom' });
  return { app, call, root, complaint };
}

describe('a field sent as undefined', () => {
  it('over structured clone (the Electron channel) gets a VALIDATION error, not INTERNAL', async () => {
    const { app, complaint } = await complaintStore();
    // Before the channel normalised inputs, `isGroup: undefined` reached the handler and failed
    // on the database's NOT NULL constraint as an INTERNAL error.
    for (const key of ['isGroup', 'receivedOn', 'serviceArea']) {
      const message = structuredClone({
        procedure: 'cases.updateComplaint',
        input: { id: complaint.id, changes: { [key]: undefined } },
      });
      expect(Object.keys(message.input.changes)).toEqual([key]);
      const result = await callProcedure(app.dispatch, message);
      expect(result.ok, key).toBe(false);
      if (!result.ok) {
        expect(result.error.code, key).toBe('VALIDATION');
        expect(result.error.message).toContain('Nothing to change');
      }
    }
  });

  it('is dropped like JSON drops it, so a call with other fields is accepted', async () => {
    const { app, complaint } = await complaintStore();
    const result = await callProcedure(
      app.dispatch,
      structuredClone({
        procedure: 'cases.updateComplaint',
        input: { id: complaint.id, changes: { isGroup: true, serviceArea: undefined } },
      }),
    );
    expect(result).toMatchObject({ ok: true, value: { complaint: { isGroup: true } } });
  });

  it('over the local host (JSON) gets the same VALIDATION error', async () => {
    const root = tempDir('redress-channel-host-');
    cleanups.push(root.remove);
    const host = await startLocalHost({ dataDir: root.dir, autoSync: false });
    cleanups.push(() => host.close());
    const post = async (body: unknown) => {
      const res = await fetch(`${host.origin}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { ok: boolean; value?: { id: string }; error?: { code: string } };
    };
    await post({
      procedure: 'people.setUpOfficer',
      input: { password: TEST_PASSWORD, name: 'Priya Shah', initials: 'PS', role: 'officer' },
    });
    const opened = await post({ procedure: 'cases.open', input: { type: 'complaint', summary: 'Damp' } });
    const result = await post({
      procedure: 'cases.updateComplaint',
      input: { id: opened.value!.id, changes: { isGroup: undefined } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('values JSON cannot carry (a Date, a Map, an empty slot in a list, NaN) are refused by name', async () => {
    const { app, complaint } = await complaintStore();
    const cases: Array<[unknown, string]> = [
      [{ id: complaint.id, changes: { receivedOn: new Date() } }, 'changes.receivedOn'],
      [{ id: complaint.id, changes: { isGroup: new Map() } }, 'changes.isGroup'],
      [{ caseId: complaint.id, point: 'x', outcomeSought: Number.NaN }, 'outcomeSought'],
      [{ policy: { closureDays: [undefined] } }, 'policy.closureDays.0'],
    ];
    const procedures = ['cases.updateComplaint', 'cases.updateComplaint', 'points.add', 'policy.update'];
    for (const [i, [input, path]] of cases.entries()) {
      const result = await callProcedure(app.dispatch, structuredClone({ procedure: procedures[i], input }));
      expect(result.ok, path).toBe(false);
      if (!result.ok) {
        expect(result.error.code, path).toBe('VALIDATION');
        expect(result.error.details?.issues?.[0]?.path, path).toBe(path);
      }
    }
    // Nothing was written by any of them.
    const detail = await app.dispatch('cases.get', { idOrReference: complaint.id });
    expect(detail).toMatchObject({ ok: true, value: { complaint: { isGroup: false } } });
  });

  it('a list or an object nested deeper than any input needs is refused, not recursed into', async () => {
    const { app } = await complaintStore();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const result = await callProcedure(app.dispatch, { procedure: 'cases.list', input: deep });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
