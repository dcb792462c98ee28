import type { investigationProcedures } from '../../../shared/contract/investigation';
import { investigatePoint } from '../../services/investigation/findings';
import { addNote, correctNote, listNotes } from '../../services/investigation/notes';
import { investigationForCase } from '../../services/investigation/read';
import { addTask, cancelTask, completeTask, listTasks, updateTask } from '../../services/investigation/tasks';
import type { HandlersFor } from '../types';

export const investigationHandlers: HandlersFor<typeof investigationProcedures> = {
  'investigation.forCase': (ctx, input) => investigationForCase(ctx, input.caseId),
  'points.investigate': (ctx, input) => investigatePoint(ctx, input),
  'notes.add': (ctx, input) => addNote(ctx, input),
  'notes.correct': (ctx, input) => correctNote(ctx, input),
  'notes.list': (ctx, input) => listNotes(ctx, input.caseId),
  'tasks.add': (ctx, input) => addTask(ctx, input),
  'tasks.complete': (ctx, input) => completeTask(ctx, input),
  'tasks.cancel': (ctx, input) => cancelTask(ctx, input),
  'tasks.update': (ctx, input) => updateTask(ctx, input),
  'tasks.list': (ctx, input) => listTasks(ctx, input.caseId),
};
