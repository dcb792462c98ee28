// A letter as the window and the command line see it: its sections, the Code's checklist ticked
// from its content, who it goes to and how, and whether the case still allows it.
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import type { Letter, LetterSummary } from '../../../shared/contract/letters';
import { todayIso } from '../../../shared/complaints/calendar';
import { stageOf } from '../../../shared/complaints/lifecycle';
import { lettersAllowed, notAllowedReason, type LetterCaseState } from '../../../shared/letters/allowed';
import type { LetterContent } from '../../../shared/letters/content';
import { checklist } from '../../../shared/letters/contentCheck';
import {
  LETTER_SECTIONS,
  LETTER_TYPE_LABELS,
  SECTION_LABELS,
  type LetterMethod,
} from '../../../shared/letters/letterTypes';
import { addresseeSchema, paragraphVersionsSchema, parseStored } from '../../../shared/letters/stored';
import type { CasesTable, Database, LettersTable, ResidentsTable } from '../../db/schema';
import type { ServiceContext } from '../../store/context';
import { factsFromRow } from '../complaints/facts';
import { deadlineRules } from '../complaints/policy';
import { letterContent } from './content';
import { printTemplate, type PrintTemplate } from './printWith';

export async function liveLetter(db: Kysely<Database>, id: string): Promise<Selectable<LettersTable>> {
  const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That letter is not in this case store.');
  return row;
}

export async function caseOf(db: Kysely<Database>, caseId: string): Promise<Selectable<CasesTable>> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That case is not in this case store.');
  return row;
}

export async function residentOf(
  db: Kysely<Database>,
  caseRow: Selectable<CasesTable>,
): Promise<Selectable<ResidentsTable> | null> {
  if (!caseRow.resident_id) return null;
  return (
    (await db.selectFrom('residents').selectAll().where('id', '=', caseRow.resident_id).executeTakeFirst()) ??
    null
  );
}

/** What decides which letters the case allows now. */
export async function letterCaseState(
  db: Kysely<Database>,
  caseRow: Selectable<CasesTable>,
): Promise<LetterCaseState> {
  const facts = factsFromRow(caseRow);
  const stage = stageOf(facts);
  const extensions = stage
    ? await db
        .selectFrom('extensions')
        .select('id')
        .where('case_id', '=', caseRow.id)
        .where('stage', '=', stage)
        .where('deleted_at', 'is', null)
        .execute()
    : [];
  const open = await db
    .selectFrom('promised_actions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseRow.id)
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { facts, extendedThisStage: extensions.length > 0, openActions: Number(open.n) };
}

/** How the resident would want it: by email when they prefer email, otherwise by post (email without an address). */
export function suggestedMethod(
  resident: Selectable<ResidentsTable> | null,
  hasAddress: boolean,
): LetterMethod {
  if (resident?.preferred_contact_method === 'email' && resident.email) return 'email';
  if (!hasAddress && resident?.email) return 'email';
  return 'post';
}

async function nameOf(db: Kysely<Database>, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await db.selectFrom('people').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null;
}

export async function letterSummary(
  db: Kysely<Database>,
  row: Selectable<LettersTable>,
): Promise<LetterSummary> {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    label: LETTER_TYPE_LABELS[row.type] ?? row.type,
    status: row.status,
    createdAt: row.created_at,
    createdBy: await nameOf(db, row.created_by),
    issuedOn: row.issued_on,
    issuedBy: await nameOf(db, row.issued_by),
    method: row.method,
    sha256: row.sha256,
    postedOn: row.posted_on,
  };
}

export interface Drafted {
  row: Selectable<LettersTable>;
  caseRow: Selectable<CasesTable>;
  resident: Selectable<ResidentsTable> | null;
  content: LetterContent;
  template: PrintTemplate;
}

/** Everything a letter is built from, as of `date` (today for a draft). */
export async function drafted(
  ctx: ServiceContext,
  db: Kysely<Database>,
  row: Selectable<LettersTable>,
  date?: string,
): Promise<Drafted> {
  const caseRow = await caseOf(db, row.case_id);
  const resident = await residentOf(db, caseRow);
  const rules = await deadlineRules(ctx, db);
  const content = await letterContent(db, {
    letter: row,
    caseRow,
    resident,
    date: date ?? row.issued_on ?? todayIso(ctx.now()),
    actorId: ctx.me?.id ?? row.created_by,
    rules,
  });
  const template = await printTemplate(db, ctx.dataDir, row.type, row.template_id);
  return { row, caseRow, resident, content, template };
}

export async function letterView(ctx: ServiceContext, db: Kysely<Database>, id: string): Promise<Letter> {
  const row = await liveLetter(db, id);
  const d = await drafted(ctx, db, row);
  // An issued letter passed the check when it was issued; the case moving on since changes nothing in it.
  const items = checklist({ content: d.content, placeholders: d.template.placeholders }).map((e) =>
    row.status === 'issued' ? { ...e, present: true } : e,
  );
  const missing = items.filter((e) => !e.present).map(({ item, label }) => ({ item, label }));
  const allowed = lettersAllowed(await letterCaseState(db, d.caseRow));
  const blocked = row.status === 'draft' && !allowed.includes(row.type) ? notAllowedReason(row.type) : null;
  const issuedTo = parseStored(addresseeSchema, row.addressee);
  return {
    ...(await letterSummary(db, row)),
    reference: d.caseRow.reference,
    sections: LETTER_SECTIONS[row.type].map((name) => ({
      name,
      label: SECTION_LABELS[name],
      text: d.content.sections[name] ?? [],
    })),
    checklist: items,
    missing,
    ready: missing.length === 0 && blocked === null,
    addressee: issuedTo ?? d.content.addressee,
    copyTo: row.copy_to ?? (d.content.copyTo ? d.content.copyTo.name : null),
    suggestedMethod: suggestedMethod(d.resident, d.content.addressee.addressLines.length > 0),
    largePrintPt: d.content.largePrintPt,
    templateName: d.template.name,
    paragraphVersions:
      parseStored(paragraphVersionsSchema, row.paragraph_versions) ??
      Object.fromEntries(Object.values(d.content.paragraphs).map((p) => [p.key, p.version])),
    blocked,
  };
}
