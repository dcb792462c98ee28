// The investigation workspace: findings and basis per point of complaint, insert-only case notes,
// and investigation tasks — with one query that loads all of it for the case page.
import { z } from 'zod';
import { isoDate, optionalText, recordId, requiredText } from '../domain/fields';
import { mutation, officers, query } from './procedure';
import type * as Out from './investigationTypes';

const id = recordId;

export const InvestigatePointInput = z
  .object({
    pointId: id,
    // Left out: unchanged (optionalText alone would read a missing field as "clear it").
    findings: optionalText(10_000).optional(),
    basis: optionalText(2000).optional(),
  })
  .refine((v) => v.findings !== undefined || v.basis !== undefined, {
    message: 'Give the findings or the basis',
  });

export const AddNoteInput = z.object({
  caseId: id,
  text: requiredText(10_000, 'The note'),
  pointId: id.nullable().optional(),
});

export const CorrectNoteInput = z.object({ noteId: id, text: requiredText(10_000, 'The corrected note') });

export const AddTaskInput = z.object({
  caseId: id,
  what: requiredText(2000, 'What must be checked'),
  withWhom: requiredText(200, 'Who it is checked with'),
  dueOn: isoDate,
  assigneeId: id.nullable().optional(),
  pointId: id.nullable().optional(),
});

export const CompleteTaskInput = z.object({
  taskId: id,
  answer: requiredText(5000, 'The answer'),
  /** When the answer came back; today when left out. */
  on: isoDate.optional(),
});

export const CancelTaskInput = z.object({
  taskId: id,
  reason: requiredText(5000, 'Why it is no longer needed'),
});

export const UpdateTaskInput = z.object({
  taskId: id,
  changes: z
    .object({ dueOn: isoDate, assigneeId: id.nullable() })
    .partial()
    .refine((c) => Object.keys(c).length > 0, { message: 'Nothing to change' }),
});

export const CaseIdInput = z.object({ caseId: id });

export const investigationProcedures = {
  'investigation.forCase': query<Out.InvestigationView>()(CaseIdInput, officers),
  'points.investigate': mutation<Out.PointInvestigation>('synced')(InvestigatePointInput, officers),
  'notes.add': mutation<Out.CaseNote>('synced')(AddNoteInput, officers),
  'notes.correct': mutation<Out.CaseNote>('synced')(CorrectNoteInput, officers),
  'notes.list': query<Out.CaseNote[]>()(CaseIdInput, officers),
  'tasks.add': mutation<Out.InvestigationTask>('synced')(AddTaskInput, officers),
  'tasks.complete': mutation<Out.InvestigationTask>('synced')(CompleteTaskInput, officers),
  'tasks.cancel': mutation<Out.InvestigationTask>('synced')(CancelTaskInput, officers),
  'tasks.update': mutation<Out.InvestigationTask>('synced')(UpdateTaskInput, officers),
  'tasks.list': query<Out.InvestigationTask[]>()(CaseIdInput, officers),
} as const;
