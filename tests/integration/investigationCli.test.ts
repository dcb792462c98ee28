// The investigation from the command line, through the real CLI and router on a real store.
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/shared/complaints/calendar';
import { cliIn as cli, tempDir } from '../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function complaintWithPoint() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  await cli(tmp.dir, 'init', '--name', 'Sam Lee', '--initials', 'SL');
  const opened = JSON.parse(
    (await cli(tmp.dir, 'case', 'open', '--type', 'complaint', '--summary', 'Heating off', '--json')).out,
  );
  const point = JSON.parse(
    (await cli(tmp.dir, 'point', 'add', opened.reference, '--point', 'Engineer never came', '--json')).out,
  );
  return { dir: tmp.dir, reference: opened.reference as string, pointId: point.id as string };
}

describe('the investigation on the command line', () => {
  it('records findings, adds and corrects a note, and sets, lists and completes a task', async () => {
    const { dir, reference, pointId } = await complaintWithPoint();
    const found = await cli(
      dir,
      'point',
      'find',
      pointId,
      '--findings',
      'No visit was booked',
      '--basis',
      'Repairs policy 3.2',
      '--json',
    );
    expect(found.code).toBe(0);
    expect(JSON.parse(found.out)).toMatchObject({
      findings: 'No visit was booked',
      basis: 'Repairs policy 3.2',
    });

    const added = await cli(
      dir,
      'note',
      'add',
      reference,
      '--text',
      'Called the contractor',
      '--point',
      pointId,
    );
    expect(added.code).toBe(0);
    const noteId = added.out.trim();
    expect(noteId).toMatch(/^[0-9a-f-]{36}$/);
    const corrected = await cli(
      dir,
      'note',
      'correct',
      noteId,
      '--text',
      'Called the contractor’s office',
      '--json',
    );
    expect(JSON.parse(corrected.out)).toMatchObject({ correctsId: noteId, pointId });

    const task = await cli(
      dir,
      'task',
      'add',
      reference,
      '--what',
      'Check the booking log',
      '--with',
      'Repairs desk',
      '--due',
      '2099-01-01',
    );
    expect(task.code).toBe(0);
    const taskId = task.out.trim();
    const listed = await cli(dir, 'task', 'list', reference);
    expect(listed.out).toBe(
      `${taskId}  due 2099-01-01  Open       Check the booking log (with Repairs desk)`,
    );
    const done = await cli(dir, 'task', 'done', taskId, '--answer', 'No booking was ever made');
    expect(done.out).toBe(`Task ${taskId} done on ${todayIso(new Date())}`);
    const json = JSON.parse((await cli(dir, 'task', 'list', reference, '--json')).out);
    expect(json).toEqual([
      expect.objectContaining({
        id: taskId,
        status: 'done',
        answer: 'No booking was ever made',
        overdue: false,
      }),
    ]);
  });

  it('refuses bad input plainly, with a non-zero exit', async () => {
    const { dir, reference } = await complaintWithPoint();
    const past = await cli(
      dir,
      'task',
      'add',
      reference,
      '--what',
      'x',
      '--with',
      'y',
      '--due',
      '2020-01-01',
    );
    expect(past.code).toBe(2);
    expect(past.err).toMatch(/The due date has already passed/);
    const badDate = await cli(
      dir,
      'task',
      'add',
      reference,
      '--what',
      'x',
      '--with',
      'y',
      '--due',
      '01/02/2030',
    );
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/--due must be a date as YYYY-MM-DD/);
    const noText = await cli(dir, 'note', 'add', reference);
    expect(noText.err).toMatch(/--text is required/);
    const noCase = await cli(dir, 'note', 'add', 'RD-26-ZZ-9999', '--text', 'x');
    expect(noCase.err).toMatch(/There is no case RD-26-ZZ-9999/);
    const unknown = await cli(dir, 'task', 'done', '01a2399e-6456-7c60-b7e1-fc1d93e3e23c', '--answer', 'x');
    expect(unknown.err).toMatch(/That task is not in this case store/);
  });
});
