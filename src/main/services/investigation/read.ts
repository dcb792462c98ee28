// The investigation workspace as the case page reads it, in one call: the case's points with their
// findings, basis, decision and linked evidence, and its notes, tasks and attachments. Every query
// is by case id on its own index (case_notes_case, investigation_tasks_case, attachments_case).
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type {
  CaseNote,
  EvidenceAttachment,
  InvestigationTask,
  InvestigationView,
  PointInvestigation,
} from '../../../shared/contract/investigationTypes';
import type { Stage } from '../../../shared/complaints/deadlines';
import { frozenProblem } from '../../../shared/complaints/issued';
import { stageOf } from '../../../shared/complaints/lifecycle';
import { todayIso } from '../../../shared/complaints/calendar';
import { taskOverdue } from '../../../shared/investigation/tasks';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../store/context';

type Db = Kysely<Database>;

/** The case as the workspace needs it; a missing or deleted case is refused. */
export async function caseForInvestigation(db: Db, caseId: string) {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'reference', 'status', 'stage1_responded_on', 'stage2_responded_on', 'deleted_at'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  return row;
}

export type InvestigationCase = Awaited<ReturnType<typeof caseForInvestigation>>;

/** Why the findings on a point of `stage` are frozen, or null while they may change. */
export function findingsFrozen(c: InvestigationCase, stage: Stage): string | null {
  return frozenProblem(
    { stage1RespondedOn: c.stage1_responded_on ?? null, stage2RespondedOn: c.stage2_responded_on ?? null },
    stage,
    'finding',
  );
}

export async function notesOf(db: Db, caseId: string): Promise<CaseNote[]> {
  const rows = await db
    .selectFrom('case_notes as n')
    .leftJoin('people as p', 'p.id', 'n.created_by')
    .selectAll('n')
    .select('p.name as created_by_name')
    .where('n.case_id', '=', caseId)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  const notes: CaseNote[] = rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    pointId: r.point_id,
    text: r.text,
    correctsId: r.corrects_id,
    correctedBy: null,
    createdBy: r.created_by,
    createdByName: r.created_by_name ?? 'Unknown',
    createdAt: r.created_at,
  }));
  // Oldest first, so the last correction written over a note is its newest.
  const byId = new Map(notes.map((n) => [n.id, n]));
  for (const n of notes) {
    const corrected = n.correctsId ? byId.get(n.correctsId) : undefined;
    if (corrected)
      corrected.correctedBy = { id: n.id, createdByName: n.createdByName, createdAt: n.createdAt };
  }
  return notes;
}

export async function noteById(db: Db, id: string): Promise<CaseNote> {
  const row = await db.selectFrom('case_notes').select('case_id').where('id', '=', id).executeTakeFirst();
  const note = row && (await notesOf(db, row.case_id)).find((n) => n.id === id);
  if (!note) throw new AppError('NOT_FOUND', 'That note is not in this case store.');
  return note;
}

function taskQuery(db: Db) {
  return db
    .selectFrom('investigation_tasks as t')
    .leftJoin('people as a', 'a.id', 't.assignee_id')
    .leftJoin('people as c', 'c.id', 't.created_by')
    .selectAll('t')
    .select(['a.name as assignee_name', 'c.name as created_by_name'])
    .where('t.deleted_at', 'is', null);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof taskQuery>['execute']>>[number];

function toTask(r: TaskRow, today: string): InvestigationTask {
  const task = {
    id: r.id,
    caseId: r.case_id,
    pointId: r.point_id,
    stage: r.stage as Stage,
    what: r.what,
    withWhom: r.with_whom,
    dueOn: r.due_on,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    status: r.status,
    answer: r.answer,
    doneOn: r.done_on,
    createdByName: r.created_by_name ?? 'Unknown',
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  return { ...task, overdue: taskOverdue(task, today) };
}

export async function tasksOf(db: Db, caseId: string, today: string): Promise<InvestigationTask[]> {
  const rows = await taskQuery(db)
    .where('t.case_id', '=', caseId)
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => toTask(r, today));
}

export async function taskById(db: Db, id: string, today: string): Promise<InvestigationTask> {
  const row = await taskQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That task is not in this case store.');
  return toTask(row, today);
}

export async function attachmentsOf(db: Db, caseId: string): Promise<EvidenceAttachment[]> {
  const rows = await db
    .selectFrom('attachments as f')
    .leftJoin('people as p', 'p.id', 'f.created_by')
    .select([
      'f.id',
      'f.point_id',
      'f.file_name',
      'f.media_type',
      'f.size_bytes',
      'f.sha256',
      'f.caption',
      'f.created_at',
      'p.name as created_by_name',
    ])
    .where('f.case_id', '=', caseId)
    .where('f.deleted_at', 'is', null)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    pointId: r.point_id,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    caption: r.caption,
    createdByName: r.created_by_name ?? 'Unknown',
    createdAt: r.created_at,
  }));
}

function pointsQuery(db: Db) {
  return db
    .selectFrom('complaint_points')
    .select(['id', 'case_id', 'stage', 'point', 'findings', 'basis', 'decision', 'reasons', 'created_at'])
    .where('deleted_at', 'is', null);
}

type PointRow = Awaited<ReturnType<ReturnType<typeof pointsQuery>['execute']>>[number];

function toPoint(
  c: InvestigationCase,
  p: PointRow,
  evidence: { notes: CaseNote[]; tasks: InvestigationTask[]; attachments: EvidenceAttachment[] },
): PointInvestigation {
  const stage = p.stage as Stage;
  const mine = <T extends { pointId: string | null }>(list: T[]) => list.filter((x) => x.pointId === p.id);
  return {
    id: p.id,
    stage,
    point: p.point,
    findings: p.findings ?? null,
    basis: p.basis ?? null,
    decision: p.decision,
    reasons: p.reasons,
    frozen: findingsFrozen(c, stage),
    notes: mine(evidence.notes),
    tasks: mine(evidence.tasks),
    attachments: mine(evidence.attachments),
  };
}

/** One point with its evidence (the answer of a findings edit). */
export async function pointInvestigation(
  db: Db,
  pointId: string,
  today: string,
): Promise<PointInvestigation> {
  const p = await pointsQuery(db).where('id', '=', pointId).executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', 'That point of complaint is not in this case store.');
  const c = await caseForInvestigation(db, p.case_id);
  const [notes, tasks, attachments] = [
    await notesOf(db, c.id),
    await tasksOf(db, c.id, today),
    await attachmentsOf(db, c.id),
  ];
  return toPoint(c, p, { notes, tasks, attachments });
}

export async function investigationForCase(ctx: ServiceContext, caseId: string): Promise<InvestigationView> {
  const db = ctx.db;
  const today = todayIso(ctx.now());
  const c = await caseForInvestigation(db, caseId);
  const points = await pointsQuery(db)
    .where('case_id', '=', caseId)
    .orderBy('stage')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const notes = await notesOf(db, caseId);
  const tasks = await tasksOf(db, caseId, today);
  const attachments = await attachmentsOf(db, caseId);
  const assignable = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('active', '=', 1)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return {
    caseId: c.id,
    reference: c.reference,
    stage: stageOf({ status: c.status }),
    today,
    points: points.map((p) => toPoint(c, p, { notes, tasks, attachments })),
    notes,
    tasks,
    attachments,
    assignable,
  };
}
