// The investigation's records between two computers through a real folder share: notes and tasks
// made on each arrive on both, and two different answers to the same task are put to a person.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createShare, joinShare, syncOnce } from '../../src/main/sync/engine';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { stateHash } from '../../src/main/store/stateHash';
import { openTestApp, tempDir } from '../helpers';

type Laptop = Awaited<ReturnType<typeof openTestApp>>;

describe('the investigation workspace on two computers sharing a real folder', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function twoLaptops() {
    const root = tempDir('redress-sync-investigation-');
    cleanups.push(root.remove);
    const share = join(root.dir, 'share');
    mkdirSync(share);
    const fs = new NodeShareFs(share);
    const laptops: Laptop[] = [];
    for (const name of ['a', 'b']) {
      const t = await openTestApp(join(root.dir, `laptop-${name}`));
      cleanups.push(() => t.app.close());
      laptops.push(t);
    }
    const [a, b] = laptops as [Laptop, Laptop];
    await createShare(a.app.context, fs, { deviceLabel: 'Office PC' });
    await joinShare(b.app.context, fs, { deviceLabel: 'Laptop' });
    const syncAll = async () => {
      for (let round = 0; round < 2; round++) for (const l of laptops) await syncOnce(l.app.context, fs);
    };
    const opened = await a.call('cases.open', { type: 'complaint', summary: 'Leak from the flat above' });
    const pointId = (await a.call('points.add', { caseId: opened.id, point: 'The leak was ignored' }))
      .complaint.points[0]!.id;
    await syncAll();
    return { a, b, syncAll, caseId: opened.id, reference: opened.reference, pointId };
  }

  it('brings notes, corrections and tasks made on each computer to both', async () => {
    const { a, b, syncAll, caseId, pointId } = await twoLaptops();
    const due = a.app.context.now().toISOString().slice(0, 10);
    const noteA = await a.call('notes.add', { caseId, text: 'Visited: ceiling stained', pointId });
    await b.call('notes.add', { caseId, text: 'Resident called about the smell' });
    await a.call('tasks.add', {
      caseId,
      what: 'Inspect the flat above',
      withWhom: 'Repairs',
      dueOn: due,
      pointId,
    });
    await b.call('tasks.add', { caseId, what: 'Ask the insurer', withWhom: 'Insurance team', dueOn: due });
    await syncAll();
    // A correction made on the other computer, after the note arrived there.
    await b.call('notes.correct', { noteId: noteA.id, text: 'Visited: ceiling stained and plaster loose' });
    await syncAll();
    const onA = await a.call('investigation.forCase', { caseId });
    const onB = await b.call('investigation.forCase', { caseId });
    expect(onA.notes.map((n) => n.text).sort()).toEqual([
      'Resident called about the smell',
      'Visited: ceiling stained',
      'Visited: ceiling stained and plaster loose',
    ]);
    expect(onA.notes.find((n) => n.id === noteA.id)!.correctedBy).not.toBeNull();
    expect(onA.tasks.map((t) => t.what).sort()).toEqual(['Ask the insurer', 'Inspect the flat above']);
    expect(onA.points[0]!.notes).toHaveLength(2); // the note on the point and its correction
    expect({ ...onB, today: onA.today }).toEqual(onA);
    expect(stateHash(a.app.context)).toBe(stateHash(b.app.context));
  });

  it('puts two different answers to the same task in Needs attention on both computers', async () => {
    const { a, b, syncAll, caseId } = await twoLaptops();
    const due = a.app.context.now().toISOString().slice(0, 10);
    const task = await a.call('tasks.add', {
      caseId,
      what: 'Inspect the flat above',
      withWhom: 'Repairs',
      dueOn: due,
    });
    await syncAll();
    await a.call('tasks.complete', { taskId: task.id, answer: 'Pipe under the bath leaking' });
    await b.call('tasks.complete', { taskId: task.id, answer: 'No leak found above' });
    await syncAll();
    const items = await a.call('attention.list', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'conflict',
      entity: 'investigation_task',
      entityId: task.id,
      field: 'answer',
    });
    expect(items[0]!.title).toMatch(
      /^RD-\d{2}-\w{2}-\d{4}: the investigation task’s answer was changed on two computers at once$/,
    );
    expect(items[0]!.options.map((o) => o.value).sort()).toEqual([
      'No leak found above',
      'Pipe under the bath leaking',
    ]);
    expect((await b.call('attention.list', {})).map((i) => i.id)).toEqual(items.map((i) => i.id));
    // Settled on one computer, settled on both.
    const keep = items[0]!.options.find((o) => o.value === 'Pipe under the bath leaking')!;
    await a.call('attention.resolveConflict', { id: items[0]!.id, chosen: keep.hlc });
    await syncAll();
    expect(await b.call('attention.list', {})).toEqual([]);
    expect((await b.call('tasks.list', { caseId }))[0]!.answer).toBe('Pipe under the bath leaking');
  });
});
