// Gathers a letter's content from the store: the case, its resident and their home, the points
// and decisions of the letter's stage, remedies, promised actions still open, the officer, the
// house style, the standard paragraphs and the officer's sections. The DOCX is filled from this
// and the Code's content check reads this, so the check ticks exactly what will be printed.
import type { Kysely, Selectable } from 'kysely';
import { respondBy } from '../../../shared/complaints/deadlines';
import { currentResponseDue, stageOf } from '../../../shared/complaints/lifecycle';
import type { LetterAction, LetterContent, LetterPerson } from '../../../shared/letters/content';
import { LETTER_STAGE } from '../../../shared/letters/letterTypes';
import type { ParagraphKey, ParagraphVersion } from '../../../shared/letters/paragraphs';
import { parseStored, sectionsSchema } from '../../../shared/letters/stored';
import {
  EXCLUSION_REASON_LABELS,
  ROLE_TITLES_ON_LETTERS,
  type ExclusionReason,
} from '../../../shared/domain/vocabulary';
import type { CasesTable, Database, LettersTable, ResidentsTable } from '../../db/schema';
import { factsFromRow } from '../complaints/facts';
import type { deadlineRules } from '../complaints/policy';
import { readHouseStyle } from './houseStyle';
import { currentParagraphs } from './paragraphs';

type Rules = Awaited<ReturnType<typeof deadlineRules>>;

export interface LetterSources {
  letter: Selectable<LettersTable>;
  caseRow: Selectable<CasesTable>;
  resident: Selectable<ResidentsTable> | null;
  /** The letter's date: its issue date once issued, otherwise the date it would carry today. */
  date: string;
  /** The officer acting now (signs a draft when the stage has no handler). */
  actorId: string;
  rules: Rules;
  /** The paragraph versions to print: current ones for a draft. */
  paragraphs?: Record<ParagraphKey, ParagraphVersion>;
}

/** The stage the letter speaks for: its type's, or the case's current stage. */
export function letterStage(
  letter: Pick<LettersTable, 'type' | 'stage'>,
  caseRow: Selectable<CasesTable>,
): 1 | 2 | null {
  return (
    LETTER_STAGE[letter.type] ??
    (letter.stage === 1 || letter.stage === 2 ? letter.stage : null) ??
    stageOf(caseRow)
  );
}

async function person(db: Kysely<Database>, id: string | null): Promise<LetterPerson | null> {
  if (!id) return null;
  const p = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) return null;
  return {
    name: p.name,
    role: ROLE_TITLES_ON_LETTERS[p.role] ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
  };
}

export async function addressLinesOf(
  db: Kysely<Database>,
  resident: Selectable<ResidentsTable> | null,
): Promise<string[]> {
  if (!resident?.property_id) return [];
  const home = await db
    .selectFrom('properties')
    .selectAll()
    .where('id', '=', resident.property_id)
    .executeTakeFirst();
  if (!home) return [];
  return [home.address_line1, home.address_line2, home.town, home.postcode].filter(
    (l): l is string => typeof l === 'string' && l.trim() !== '',
  );
}

const refusalReason = (reason: string | null): string | null =>
  reason ? (EXCLUSION_REASON_LABELS[reason as ExclusionReason] ?? null) : null;

/** An acknowledgement that acknowledges the stage (issued on its date) starts the response clock then. */
function ackResponseDue(
  type: LetterContent['type'],
  caseRow: Selectable<CasesTable>,
  s: LetterSources,
): string | null {
  if (type === 'ack_stage1' && caseRow.status === 'open')
    return respondBy(s.rules.calendar, s.rules.policy, 1, s.date);
  if (type === 'ack_stage2' && caseRow.status === 'stage2_requested')
    return respondBy(s.rules.calendar, s.rules.policy, 2, s.date);
  return null;
}

export async function letterContent(db: Kysely<Database>, s: LetterSources): Promise<LetterContent> {
  const { letter, caseRow, resident } = s;
  const facts = factsFromRow(caseRow);
  const stage = letterStage(letter, caseRow);
  const points = await db
    .selectFrom('complaint_points')
    .selectAll()
    .where('case_id', '=', caseRow.id)
    .where('deleted_at', 'is', null)
    .$if(stage !== null, (q) => q.where('stage', '<=', stage ?? 2))
    .orderBy('stage')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const remedies = await db
    .selectFrom('remedies')
    .selectAll()
    .where('case_id', '=', caseRow.id)
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'declined')
    .$if(stage !== null, (q) => q.where('stage', '<=', stage ?? 2))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const actions = await db
    .selectFrom('promised_actions')
    .selectAll()
    .where('case_id', '=', caseRow.id)
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  const handlerId = stage === 2 ? caseRow.stage2_handler_id : stage === 1 ? caseRow.stage1_handler_id : null;
  const officer = (await person(db, letter.issued_by ?? handlerId ?? s.actorId)) ??
    (await person(db, s.actorId)) ?? { name: '', role: null, email: null, phone: null };
  const extension =
    letter.type === 'extension'
      ? await db
          .selectFrom('extensions')
          .selectAll()
          .where('case_id', '=', caseRow.id)
          .where('deleted_at', 'is', null)
          .$if(stage !== null, (q) => q.where('stage', '=', stage ?? 1))
          .orderBy('created_at', 'desc')
          .executeTakeFirst()
      : undefined;
  const consent = resident?.representative_consent === 1 && resident.representative_name;
  const { style } = await readHouseStyle(db);
  const paragraphs = s.paragraphs ?? (await currentParagraphs(db));
  const actionList: LetterAction[] = actions.map((a) => ({
    what: a.what,
    owner: a.owner,
    contact: a.owner_contact || null,
    dueOn: a.due_on,
  }));
  return {
    type: letter.type,
    date: s.date,
    reference: caseRow.reference,
    addressee: { name: resident?.name ?? '', addressLines: await addressLinesOf(db, resident) },
    residentName: resident?.name ?? '',
    copyTo: consent
      ? { name: resident.representative_name!, relationship: resident.representative_relationship ?? null }
      : null,
    stage,
    receivedOn: caseRow.received_on ?? null,
    responseDue:
      ackResponseDue(letter.type, caseRow, s) ??
      currentResponseDue(facts, s.rules.policy, s.rules.calendar) ??
      (stage === 2 ? caseRow.stage2_extended_to : caseRow.stage1_extended_to) ??
      null,
    newDue: extension?.new_due ?? null,
    refusalReason:
      letter.type === 'not_accepted'
        ? refusalReason(caseRow.decline_reason ?? null)
        : letter.type === 'escalation_refused'
          ? refusalReason(caseRow.escalation_refusal_reason ?? null)
          : null,
    points: points.map((p, i) => ({
      number: i + 1,
      point: p.point,
      outcomeSought: p.outcome_sought ?? null,
      decision: p.decision ?? null,
      reasons: p.reasons ?? null,
    })),
    remedies: remedies.map((r) => ({
      kind: r.kind,
      text: r.text ?? '',
      amountPence: r.amount_pence ?? null,
    })),
    actions: actionList,
    responsibility: caseRow.responsibility_note ?? null,
    adjustments: caseRow.adjustments_agreed ?? null,
    officer,
    actionsManager: caseRow.actions_manager ?? null,
    houseStyle: style,
    paragraphs,
    sections: parseStored(sectionsSchema, letter.sections) ?? {},
    largePrintPt: resident?.large_print_pt ?? null,
  };
}
