// The investigation from scripts: findings on a point, insert-only case notes, and investigation
// tasks — each one call of the same procedures the case page uses.
import type { InvestigationTask } from '../../shared/contract/investigationTypes';
import { isIsoDate } from '../../shared/complaints/calendar';
import { WORK_ITEM_STATUS_LABELS } from '../../shared/domain/vocabulary';
import type { RedressApp } from '../app';
import { type Flags, UsageError } from './args';
import { call, print, type Command } from './io';

function optionalDate(f: Flags, name: string): string | undefined {
  const v = f.string(name);
  if (v !== undefined && !isIsoDate(v))
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD, not "${v}"`);
  return v;
}

/** The case named by its reference (RD-26-K7-0001) or id. */
async function caseId(app: RedressApp, key: string | undefined, example: string): Promise<string> {
  if (!key) throw new UsageError(`Give the case reference or id, e.g. ${example}`);
  return (await call(app, 'cases.get', { idOrReference: key })).case.id;
}

function taskLine(t: InvestigationTask): string {
  const state = t.overdue ? 'OVERDUE' : WORK_ITEM_STATUS_LABELS[t.status];
  return [
    t.id,
    `due ${t.dueOn}`,
    state.padEnd(9),
    `${t.what} (with ${t.withWhom}${t.assigneeName ? `; ${t.assigneeName}` : ''})`,
    t.answer ? `— ${t.answer}` : '',
  ]
    .join('  ')
    .trimEnd();
}

export const investigationCommands: Record<string, Command> = {
  async 'point find'(app, f, p, io) {
    const pointId = p[0];
    if (!pointId) throw new UsageError('Give the point id, e.g. point find 0193… --findings "…"');
    const input = {
      pointId,
      findings: f.required('findings', '"Three visits were missed"'),
      basis: f.string('basis'),
    };
    f.rejectUnknown();
    const point = await call(app, 'points.investigate', input);
    print(io, point, () => `Recorded the findings on point ${point.id}`);
  },

  async 'note add'(app, f, p, io) {
    const text = f.required('text', '"Spoke to the repairs manager"');
    const pointId = f.string('point');
    f.rejectUnknown();
    const id = await caseId(app, p[0], 'note add RD-26-K7-0001 --text "…"');
    const note = await call(app, 'notes.add', { caseId: id, text, pointId });
    print(io, note, () => note.id);
  },

  async 'note correct'(app, f, p, io) {
    const noteId = p[0];
    if (!noteId) throw new UsageError('Give the note id, e.g. note correct 0193… --text "…"');
    const text = f.required('text', '"The visit was on 4 March, not 3 March"');
    f.rejectUnknown();
    const note = await call(app, 'notes.correct', { noteId, text });
    print(io, note, () => note.id);
  },

  async 'task add'(app, f, p, io) {
    const input = {
      what: f.required('what', '"Check the repair history"'),
      withWhom: f.required('with', '"Repairs team"'),
      dueOn: optionalDate(f, 'due') ?? f.required('due', '2026-04-01'),
      assigneeId: f.string('assignee'),
      pointId: f.string('point'),
    };
    f.rejectUnknown();
    const id = await caseId(app, p[0], 'task add RD-26-K7-0001 --what "…" --with "…" --due 2026-04-01');
    const task = await call(app, 'tasks.add', { caseId: id, ...input });
    print(io, task, () => task.id);
  },

  async 'task done'(app, f, p, io) {
    const taskId = p[0];
    if (!taskId) throw new UsageError('Give the task id, e.g. task done 0193… --answer "…"');
    const answer = f.required('answer', '"Two of the three visits were missed"');
    const on = optionalDate(f, 'on');
    f.rejectUnknown();
    const task = await call(app, 'tasks.complete', { taskId, answer, on });
    print(io, task, () => `Task ${task.id} done on ${task.doneOn}`);
  },

  async 'task list'(app, f, p, io) {
    f.rejectUnknown();
    const tasks = await call(app, 'tasks.list', {
      caseId: await caseId(app, p[0], 'task list RD-26-K7-0001'),
    });
    print(io, tasks, () =>
      tasks.length ? tasks.map(taskLine).join('\n') : 'No investigation tasks on this case.',
    );
  },
};

export const INVESTIGATION_USAGE = `  point find POINT-ID --findings TEXT [--basis TEXT]   what was found, and the policy, law or good practice relied on
  note add REF --text TEXT [--point POINT-ID]          prints the note id (notes are never edited)
  note correct NOTE-ID --text TEXT                     a new note correcting it (the original stays)
  task add REF --what TEXT --with WHO --due DATE [--assignee PERSON-ID] [--point POINT-ID]
                                                      prints the task id
  task done TASK-ID --answer TEXT [--on DATE]
  task list REF [--json]                              overdue tasks are marked OVERDUE`;
