// The investigation workspace through the real dispatch on a real store: findings frozen once the
// stage response is issued, notes that can only be added (a correction is a new note), the task
// lifecycle, and the one query the case page loads it all with.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { contract, type InputOf, type OutputOf, type ProcedureName } from '../../src/shared/contract';
import { uuidv7 } from '../../src/shared/domain/ids';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh(today: string) {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  let clock = new Date(`${today}T09:00:00Z`);
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir, now: () => clock });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const count = (table: string) =>
    (app.context.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  /** The refusal of an invalid call, and proof that it wrote nothing. */
  const fails = async (procedure: ProcedureName, input: unknown) => {
    const before = [count('changes'), count('case_notes'), count('investigation_tasks')];
    const snapshot = app.context.sqlite.prepare('SELECT * FROM investigation_tasks ORDER BY id').all();
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted: ${JSON.stringify(input)}`);
    expect([count('changes'), count('case_notes'), count('investigation_tasks')]).toEqual(before);
    expect(app.context.sqlite.prepare('SELECT * FROM investigation_tasks ORDER BY id').all()).toEqual(
      snapshot,
    );
    return result.error;
  };
  const me = await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'officer',
  });
  const colleague = async (name: string, active: 0 | 1) => {
    const id = uuidv7();
    await app.context.db
      .insertInto('people')
      .values({
        id,
        name,
        initials: name.slice(0, 2).toUpperCase(),
        role: 'officer',
        active,
        created_at: clock.toISOString(),
      })
      .execute();
    return id;
  };
  const setToday = (d: string) => {
    clock = new Date(`${d}T09:00:00Z`);
  };
  const complaint = async () => {
    const opened = await call('cases.open', { type: 'complaint', summary: 'Mould is back in the bedroom' });
    const p1 = await call('points.add', { caseId: opened.id, point: 'The mould treatment did not work' });
    const p2 = await call('points.add', { caseId: opened.id, point: 'Nobody called back' });
    const [a, b] = p2.complaint.points;
    void p1;
    return { caseId: opened.id, reference: opened.reference, pointA: a!.id, pointB: b!.id };
  };
  return { app, call, fails, count, me, colleague, setToday, complaint };
}

describe('findings and basis on a point of complaint', () => {
  it('records them, returns them in the workspace, and refuses them once the stage 1 response is issued', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, pointA, pointB } = await t.complaint();
    const found = await t.call('points.investigate', {
      pointId: pointA,
      findings: 'The contractor treated the wall but did not fix the extractor fan',
      basis: 'Damp and mould policy 2025, section 4; Housing Ombudsman spotlight report on damp and mould',
    });
    expect(found).toMatchObject({ id: pointA, stage: 1, frozen: null });
    expect(found.findings).toContain('extractor fan');
    // Only the field given changes: the basis stays.
    await t.call('points.investigate', { pointId: pointA, findings: 'Fan broken since January' });
    let view = await t.call('investigation.forCase', { caseId });
    expect(view.points.map((p) => [p.id, p.findings, p.basis?.slice(0, 20) ?? null])).toEqual([
      [pointA, 'Fan broken since January', 'Damp and mould polic'],
      [pointB, null, null],
    ]);
    const history = t.app.context.sqlite
      .prepare(`SELECT field, new_value FROM changes WHERE entity_id = ? AND op = 'set' ORDER BY hlc`)
      .all(pointA);
    expect(history.map((h) => (h as { field: string }).field)).toEqual(['findings', 'basis', 'findings']);

    // Every point decided, acknowledged and responded to: the stage 1 response is issued.
    for (const id of [pointA, pointB])
      await t.call('points.update', { id, changes: { decision: 'upheld', reasons: 'Repair not done' } });
    await t.call('cases.command', {
      id: caseId,
      command: { kind: 'acknowledge', on: '2026-04-01', how: 'phone' },
    });
    await t.call('cases.command', { id: caseId, command: { kind: 'respond', on: '2026-04-01' } });
    const refused = await t.fails('points.investigate', { pointId: pointB, findings: 'Too late' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      'The stage 1 response was issued on 2026-04-01, so this finding stands as issued. To correct it, record an amendment with the reason.',
    );
    view = await t.call('investigation.forCase', { caseId });
    expect(view.points.every((p) => p.frozen === refused.message)).toBe(true);
  });

  it('refuses an empty change and an unknown point plainly', async () => {
    const t = await fresh('2026-04-01');
    const { pointA } = await t.complaint();
    expect((await t.fails('points.investigate', { pointId: pointA })).message).toMatch(
      /findings or the basis/,
    );
    expect((await t.fails('points.investigate', { pointId: uuidv7(), findings: 'x' })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('case notes are insert-only', () => {
  it('adds notes with author and time, and a correction is a new note; the original stays', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, pointA } = await t.complaint();
    const first = await t.call('notes.add', {
      caseId,
      text: 'Visited on 3 March: mould behind the wardrobe',
    });
    expect(first).toMatchObject({
      caseId,
      pointId: null,
      correctsId: null,
      correctedBy: null,
      createdByName: 'Priya Shah',
    });
    expect(first.createdAt).toBe('2026-04-01T09:00:00.000Z');
    const onPoint = await t.call('notes.add', { caseId, text: 'Fan not working', pointId: pointA });
    expect(onPoint.pointId).toBe(pointA);

    const fix = await t.call('notes.correct', {
      noteId: first.id,
      text: 'Visited on 4 March: mould behind the wardrobe',
    });
    expect(fix).toMatchObject({ correctsId: first.id, caseId, pointId: null });
    // Correcting the original again corrects the latest version: a chain, not a fork.
    const fix2 = await t.call('notes.correct', {
      noteId: first.id,
      text: 'Visited on 4 March: mould behind the wardrobe and bed',
    });
    expect(fix2.correctsId).toBe(fix.id);
    // A correction of a note on a point stays on that point.
    expect(
      (await t.call('notes.correct', { noteId: onPoint.id, text: 'Fan not working since January' })).pointId,
    ).toBe(pointA);

    const notes = await t.call('notes.list', { caseId });
    const byId = new Map(notes.map((n) => [n.id, n]));
    expect(byId.get(first.id)).toMatchObject({
      text: 'Visited on 4 March'.replace('4', '3') + ': mould behind the wardrobe',
      correctedBy: { id: fix.id, createdByName: 'Priya Shah' },
    });
    expect(byId.get(fix.id)!.correctedBy!.id).toBe(fix2.id);
    expect(byId.get(fix2.id)!.correctedBy).toBeNull();
    expect(notes).toHaveLength(5);
  });

  it('no procedure can edit or delete a note', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await t.complaint();
    const note = await t.call('notes.add', { caseId, text: 'Original words' });
    const noteProcedures = (Object.keys(contract) as ProcedureName[]).filter((p) => p.startsWith('notes.'));
    expect(noteProcedures.sort()).toEqual(['notes.add', 'notes.correct', 'notes.list']);
    // The one that takes a note id adds a new note and leaves the original as written.
    await t.call('notes.correct', { noteId: note.id, text: 'Corrected words' });
    const stored = t.app.context.sqlite.prepare('SELECT * FROM case_notes WHERE id = ?').get(note.id);
    expect(stored).toMatchObject({ text: 'Original words', corrects_id: null });
    const updates = t.app.context.sqlite
      .prepare(`SELECT count(*) AS n FROM changes WHERE entity = 'case_note' AND op <> 'create'`)
      .get() as { n: number };
    expect(updates.n).toBe(0);
    // A correction that says the same, an empty note and a note on another case's point are refused.
    expect((await t.fails('notes.correct', { noteId: note.id, text: 'Corrected words' })).message).toMatch(
      /same/,
    );
    expect((await t.fails('notes.add', { caseId, text: '   ' })).message).toMatch(/note is required/);
    const other = await t.complaint();
    expect((await t.fails('notes.add', { caseId, text: 'x', pointId: other.pointA })).message).toBe(
      'That point of complaint is not on this case.',
    );
  });
});

describe('investigation tasks', () => {
  it('are set, reassigned, become overdue, are done with an answer or cancelled, then stay as they are', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, pointA } = await t.complaint();
    const sam = await t.colleague('Sam Reid', 1);
    const left = await t.colleague('Lee Gone', 0);

    const task = await t.call('tasks.add', {
      caseId,
      what: 'Check the repair history for the extractor fan',
      withWhom: 'Repairs contractor (Apex)',
      dueOn: '2026-04-03',
      assigneeId: sam,
      pointId: pointA,
    });
    expect(task).toMatchObject({
      status: 'open',
      stage: 1,
      assigneeName: 'Sam Reid',
      pointId: pointA,
      overdue: false,
      answer: null,
    });
    // A due date already gone, an inactive colleague and an unknown one are refused plainly.
    expect(
      (await t.fails('tasks.add', { caseId, what: 'x', withWhom: 'y', dueOn: '2026-03-31' })).message,
    ).toBe('The due date has already passed: give today or a later date.');
    expect(
      (
        await t.fails('tasks.add', {
          caseId,
          what: 'x',
          withWhom: 'y',
          dueOn: '2026-04-02',
          assigneeId: left,
        })
      ).message,
    ).toMatch(/no longer active/);
    expect(
      (
        await t.fails('tasks.add', {
          caseId,
          what: 'x',
          withWhom: 'y',
          dueOn: '2026-04-02',
          assigneeId: uuidv7(),
        })
      ).message,
    ).toMatch(/not in this case store/);

    // Due today is not overdue; due yesterday and still open is.
    t.setToday('2026-04-03');
    expect((await t.call('tasks.list', { caseId }))[0]!.overdue).toBe(false);
    t.setToday('2026-04-06');
    expect((await t.call('tasks.list', { caseId }))[0]!.overdue).toBe(true);

    const moved = await t.call('tasks.update', {
      taskId: task.id,
      changes: { dueOn: '2026-04-10', assigneeId: t.me.id },
    });
    expect(moved).toMatchObject({ dueOn: '2026-04-10', assigneeName: 'Priya Shah', overdue: false });

    expect(
      (await t.fails('tasks.complete', { taskId: task.id, answer: 'Done', on: '2026-04-07' })).message,
    ).toMatch(/after today/);
    expect(
      (await t.fails('tasks.complete', { taskId: task.id, answer: 'Done', on: '2026-03-30' })).message,
    ).toMatch(/before the task was set on 2026-04-01/);
    const done = await t.call('tasks.complete', {
      taskId: task.id,
      answer: 'Fan reported broken twice, never replaced',
    });
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-04-06', overdue: false });
    expect((await t.fails('tasks.complete', { taskId: task.id, answer: 'Again' })).message).toBe(
      'This task was done on 2026-04-06, so it cannot be changed.',
    );
    expect((await t.fails('tasks.update', { taskId: task.id, changes: { dueOn: '2026-05-01' } })).code).toBe(
      'CONFLICT',
    );

    const spare = await t.call('tasks.add', {
      caseId,
      what: 'Ask the surveyor',
      withWhom: 'Surveyor',
      dueOn: '2026-04-06',
    });
    const cancelled = await t.call('tasks.cancel', {
      taskId: spare.id,
      reason: 'The contractor’s report answers it',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', answer: 'The contractor’s report answers it' });
    t.setToday('2026-05-01');
    expect((await t.call('tasks.list', { caseId })).map((x) => [x.status, x.overdue])).toEqual([
      ['cancelled', false],
      ['done', false],
    ]);
  });
});

describe('investigation.forCase', () => {
  it('returns each point with the notes, tasks and attachments linked to it, and the case-wide lists', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, reference, pointA, pointB } = await t.complaint();
    const caseNote = await t.call('notes.add', { caseId, text: 'Resident prefers email' });
    const pointNote = await t.call('notes.add', { caseId, text: 'Fan is broken', pointId: pointA });
    const task = await t.call('tasks.add', {
      caseId,
      what: 'Photos of the wall',
      withWhom: 'Estate officer',
      dueOn: '2026-04-02',
      pointId: pointB,
    });
    // An attachment row as the attachments feature writes it (its bytes live beside the store).
    const attachmentId = uuidv7();
    await t.app.context.db
      .insertInto('attachments')
      .values({
        id: attachmentId,
        case_id: caseId,
        point_id: pointA,
        sha256: 'a'.repeat(64),
        file_name: 'bedroom-wall.jpg',
        media_type: 'image/jpeg',
        size_bytes: 123456,
        caption: 'Mould behind the wardrobe',
        created_by: t.me.id,
        created_at: '2026-04-01T10:00:00.000Z',
      })
      .execute();
    const view = await t.call('investigation.forCase', { caseId });
    expect(view).toMatchObject({ caseId, reference, stage: null, today: '2026-04-01' });
    const [a, b] = view.points;
    expect(a!.notes.map((n) => n.id)).toEqual([pointNote.id]);
    expect(a!.tasks).toEqual([]);
    expect(a!.attachments).toEqual([
      {
        id: attachmentId,
        pointId: pointA,
        fileName: 'bedroom-wall.jpg',
        mediaType: 'image/jpeg',
        sizeBytes: 123456,
        sha256: 'a'.repeat(64),
        caption: 'Mould behind the wardrobe',
        createdByName: 'Priya Shah',
        createdAt: '2026-04-01T10:00:00.000Z',
      },
    ]);
    expect(b!.tasks.map((x) => x.id)).toEqual([task.id]);
    expect(b!.notes).toEqual([]);
    expect(view.notes.map((n) => n.id)).toEqual([caseNote.id, pointNote.id]);
    expect(view.tasks.map((x) => x.id)).toEqual([task.id]);
    expect(view.attachments.map((x) => x.id)).toEqual([attachmentId]);
    expect(view.assignable).toEqual([{ id: t.me.id, name: 'Priya Shah' }]);
    expect((await t.app.dispatch('investigation.forCase', { caseId: uuidv7() })).ok).toBe(false);
  });
});
