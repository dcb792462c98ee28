// The investigation's pure rules: when a task is overdue, which dates a task takes, and how a
// note's corrections chain and group.
import { describe, expect, it } from 'vitest';
import { latestVersion, noteThreads, originalOf, type NoteLink } from '../../src/shared/investigation/notes';
import {
  ANSWER_IN_FUTURE,
  DUE_IN_PAST,
  taskClosedProblem,
  taskDoneProblem,
  taskDueProblem,
  taskOverdue,
} from '../../src/shared/investigation/tasks';

describe('taskOverdue', () => {
  it.each([
    ['open', '2026-04-02', '2026-04-03', true],
    ['open', '2026-04-03', '2026-04-03', false], // due today: not yet
    ['open', '2026-04-04', '2026-04-03', false],
    ['done', '2026-04-01', '2026-04-03', false],
    ['cancelled', '2026-04-01', '2026-04-03', false],
    ['open', '2025-12-31', '2026-01-01', true], // across a year end
  ] as const)('%s, due %s, today %s → %s', (status, dueOn, today, overdue) => {
    expect(taskOverdue({ status, dueOn }, today)).toBe(overdue);
  });
});

describe('task dates', () => {
  it.each([
    ['2026-04-02', '2026-04-03', DUE_IN_PAST],
    ['2026-04-03', '2026-04-03', null],
    ['2026-05-01', '2026-04-03', null],
  ])('due %s when today is %s → %s', (due, today, problem) => {
    expect(taskDueProblem(due, today)).toBe(problem);
  });

  it.each([
    ['2026-04-04', '2026-04-01', '2026-04-03', ANSWER_IN_FUTURE],
    ['2026-04-03', '2026-04-01', '2026-04-03', null],
    ['2026-04-01', '2026-04-01', '2026-04-03', null],
    [
      '2026-03-31',
      '2026-04-01',
      '2026-04-03',
      'The answer cannot have come back before the task was set on 2026-04-01.',
    ],
  ])('answered %s, set %s, today %s → %s', (on, setOn, today, problem) => {
    expect(taskDoneProblem(on, setOn, today)).toBe(problem);
  });

  it.each([
    [{ status: 'open', doneOn: null }, null],
    [{ status: 'done', doneOn: '2026-04-02' }, 'This task was done on 2026-04-02, so it cannot be changed.'],
    [
      { status: 'cancelled', doneOn: '2026-04-02' },
      'This task was cancelled as no longer needed, so it cannot be changed.',
    ],
  ] as const)('%o → %s', (task, problem) => {
    expect(taskClosedProblem(task)).toBe(problem);
  });
});

const note = (id: string, correctsId: string | null, minute: number): NoteLink => ({
  id,
  correctsId,
  createdAt: `2026-04-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('note corrections', () => {
  // a ← b ← c (a chain); d alone; e corrects a note that has not arrived yet.
  const chain = [
    note('c', 'b', 3),
    note('a', null, 1),
    note('b', 'a', 2),
    note('d', null, 4),
    note('e', 'x', 5),
  ];

  it.each([
    ['a', 'c'],
    ['b', 'c'],
    ['c', 'c'],
    ['d', 'd'],
    ['e', 'e'],
    ['nothing', undefined],
  ])('the latest version of %s is %s', (id, latest) => {
    expect(latestVersion(chain, id)?.id).toBe(latest);
  });

  it.each([
    ['c', 'a'],
    ['b', 'a'],
    ['a', 'a'],
    ['e', 'e'], // its original is not here yet: it stands alone for now
  ])('the original of %s is %s', (id, original) => {
    expect(originalOf(chain, id)?.id).toBe(original);
  });

  it('follows the newest correction when two computers corrected the same note', () => {
    const forked = [note('a', null, 1), note('b1', 'a', 2), note('b2', 'a', 3)];
    expect(latestVersion(forked, 'a')?.id).toBe('b2');
  });

  it('groups each original with its corrections under it, oldest first', () => {
    expect(noteThreads(chain).map((t) => [t.original.id, t.corrections.map((c) => c.id)])).toEqual([
      ['a', ['b', 'c']],
      ['d', []],
      ['e', []],
    ]);
  });

  it('stops on a loop rather than running forever (notes from a damaged share)', () => {
    const loop = [note('a', 'b', 1), note('b', 'a', 2)];
    expect(['a', 'b']).toContain(latestVersion(loop, 'a')?.id);
    expect(['a', 'b']).toContain(originalOf(loop, 'a')?.id);
  });
});
