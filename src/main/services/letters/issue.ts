// Issuing: the Code's content check must pass; the DOCX is built, kept content-addressed with its
// SHA-256 and frozen; the letter is logged on the case as correspondence; and the lifecycle step
// it evidences is recorded on its date — all in one transaction, so a refused step leaves nothing.
import type { Selectable } from 'kysely';
import { AppError, refusal } from '../../../shared/contract/errors';
import type { Letter, LetterFile } from '../../../shared/contract/letters';
import type { ParsedInputOf } from '../../../shared/contract';
import { todayIso } from '../../../shared/complaints/calendar';
import { FUTURE_DATE } from '../../../shared/complaints/received';
import { uuidv7 } from '../../../shared/domain/ids';
import type { Channel } from '../../../shared/domain/vocabulary';
import { lettersAllowed, notAllowedReason } from '../../../shared/letters/allowed';
import { missingItems } from '../../../shared/letters/contentCheck';
import {
  LETTER_TYPE_LABELS,
  LETTER_METHOD_LABELS,
  type LetterMethod,
} from '../../../shared/letters/letterTypes';
import { plainFromRich } from '../../../shared/letters/richText';
import type { LettersTable } from '../../db/schema';
import { readVerifiedBlob, saveBlob } from '../../store/blobStore';
import type { ServiceContext, Write } from '../../store/context';
import { within, write } from '../../store/context';
import { runCommand, setCaseColumns } from '../complaints/commands';
import { letterFileName } from './docx/fileName';
import { renderLetter } from './docx/render';
import { logoFor } from './logo';
import { drafted, letterCaseState, letterView, liveLetter, suggestedMethod, type Drafted } from './view';

const channelOf = (method: LetterMethod): Channel => (method === 'email' ? 'email' : 'letter');

/** The DOCX a letter would print as now: built from its content and its template. */
export async function buildDocx(ctx: ServiceContext, d: Drafted): Promise<Uint8Array> {
  return renderLetter({
    template: d.template.bytes(),
    content: d.content,
    logo: logoFor(ctx.dataDir, d.content.houseStyle.logoSha256),
  });
}

/** Records the lifecycle step the letter evidences, on its date. */
async function evidence(
  ctx: ServiceContext,
  w: Write,
  d: Drafted,
  on: string,
  method: LetterMethod,
): Promise<void> {
  const c = d.caseRow;
  const how = channelOf(method);
  switch (d.row.type) {
    case 'ack_stage1':
      if (c.status === 'open')
        await runCommand(ctx, w, c.id, { kind: 'acknowledge', on, how, handlerId: w.actor.id });
      return;
    case 'ack_stage2':
      if (c.status === 'stage2_requested')
        await runCommand(ctx, w, c.id, { kind: 'acknowledge', on, how, handlerId: w.actor.id });
      return;
    case 'stage1_response':
    case 'stage2_response':
      await runCommand(ctx, w, c.id, { kind: 'respond', on });
      return;
    case 'extension': {
      // The notice is when the resident was told of the latest extension of this stage.
      const ext = await w.tx
        .selectFrom('extensions')
        .selectAll()
        .where('case_id', '=', c.id)
        .where('deleted_at', 'is', null)
        .$if(d.content.stage !== null, (q) => q.where('stage', '=', d.content.stage ?? 1))
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      if (ext && ext.resident_told_on !== on) {
        await w.changes.updated('extension', ext.id, ext, { resident_told_on: on });
        await w.tx.updateTable('extensions').set({ resident_told_on: on }).where('id', '=', ext.id).execute();
      }
      return;
    }
    case 'closure': {
      if (c.status === 'stage1_responded' || c.status === 'stage2_responded')
        await runCommand(ctx, w, c.id, {
          kind: 'close',
          on,
          note: null,
          actionsManager: c.actions_manager ?? null,
        });
      const now = await w.tx.selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
      if (!now.satisfaction_asked_on) await setCaseColumns(w, now, { satisfaction_asked_on: on });
      return;
    }
    case 'action_update': {
      const said = plainFromRich(d.content.sections.update ?? []).slice(0, 5000);
      const open = await w.tx
        .selectFrom('promised_actions')
        .select('id')
        .where('case_id', '=', c.id)
        .where('status', '=', 'open')
        .where('deleted_at', 'is', null)
        .execute();
      for (const a of open) {
        const record = {
          id: uuidv7(),
          action_id: a.id,
          case_id: c.id,
          updated_on: on,
          method: how,
          said,
          created_by: w.actor.id,
          created_at: w.at,
        };
        await w.tx.insertInto('action_updates').values(record).execute();
        await w.changes.created('action_update', record.id, record);
      }
      return;
    }
    case 'not_accepted':
    case 'escalation_refused':
      return;
  }
}

/** The letter as correspondence in the case's contact history. */
async function logCorrespondence(w: Write, d: Drafted, on: string, method: LetterMethod): Promise<void> {
  const record = {
    id: uuidv7(),
    // Midday in London on the letter's date: a date, not a moment, was recorded.
    occurred_at: `${on}T12:00:00.000Z`,
    channel: channelOf(method),
    direction: 'outbound' as const,
    summary: `${LETTER_TYPE_LABELS[d.row.type]} issued ${LETTER_METHOD_LABELS[method].toLowerCase()}.`,
    resident_id: d.caseRow.resident_id,
    case_id: d.caseRow.id,
    logged_by: w.actor.id,
    created_at: w.at,
    deleted_at: null,
    purpose: null,
    outcome: null,
  };
  await w.tx.insertInto('contacts').values(record).execute();
  await w.changes.created('contact', record.id, record);
}

function methodProblem(d: Drafted, method: LetterMethod): string | null {
  if (method !== 'email' && d.content.addressee.addressLines.length === 0)
    return `${d.content.residentName || 'The resident'} has no postal address on record: add their home, or send it by email.`;
  if (method !== 'post' && !d.resident?.email)
    return `${d.content.residentName || 'The resident'} has no email address on record: add it, or send it by post.`;
  return null;
}

export async function issueLetter(
  ctx: ServiceContext,
  input: ParsedInputOf<'letters.issue'>,
): Promise<Letter> {
  const today = todayIso(ctx.now());
  const on = input.on ?? today;
  if (on > today) throw refusal('on', FUTURE_DATE);
  return write(ctx, async (w) => {
    const row: Selectable<LettersTable> = await liveLetter(w.tx, input.id);
    if (row.status === 'issued')
      throw refusal(
        'id',
        `This letter was already issued on ${row.issued_on}: a correction is a new letter.`,
      );
    if (row.status !== 'draft') throw refusal('id', 'This draft was discarded.');
    const d = await drafted(ctx, w.tx, row, on);
    if (!lettersAllowed(await letterCaseState(w.tx, d.caseRow)).includes(row.type))
      throw refusal(
        'id',
        `${notAllowedReason(row.type)}; ${d.caseRow.reference} has moved on since this was drafted.`,
      );
    const missing = missingItems({ content: d.content, placeholders: d.template.placeholders });
    if (missing.length)
      throw refusal(
        'id',
        `This letter cannot be issued yet. It must contain: ${missing.map((m) => m.label.toLowerCase()).join('; ')}.`,
        { missing },
      );
    const method = input.method ?? suggestedMethod(d.resident, d.content.addressee.addressLines.length > 0);
    const problem = methodProblem(d, method);
    if (problem) throw refusal('method', problem);
    const bytes = await buildDocx(ctx, d);
    const sha256 = saveBlob(ctx.dataDir, bytes);
    const after = {
      status: 'issued' as const,
      issued_on: on,
      issued_by: w.actor.id,
      method,
      sha256,
      file_name: letterFileName(d.caseRow.reference, row.type, on),
      paragraph_versions: JSON.stringify(
        Object.fromEntries(Object.values(d.content.paragraphs).map((p) => [p.key, p.version])),
      ),
      addressee: JSON.stringify(d.content.addressee),
      copy_to: d.content.copyTo
        ? `${d.content.copyTo.name}${d.content.copyTo.relationship ? ` (${d.content.copyTo.relationship})` : ''}`
        : null,
    };
    await w.changes.updated('letter', row.id, row, after);
    await w.tx
      .updateTable('letters')
      .set({ ...after, updated_at: w.at })
      .where('id', '=', row.id)
      .execute();
    await evidence(ctx, w, d, on, method);
    await logCorrespondence(w, d, on, method);
    return letterView(ctx, within(ctx, w).db, row.id);
  });
}

/** The draft as it would print today, or the issued file itself. */
export async function previewLetter(ctx: ServiceContext, id: string): Promise<LetterFile> {
  const row = await liveLetter(ctx.db, id);
  if (row.status === 'issued') return issuedFile(ctx, id);
  const d = await drafted(ctx, ctx.db, row);
  const bytes = await buildDocx(ctx, d);
  return {
    fileName: `DRAFT ${letterFileName(d.caseRow.reference, row.type, d.content.date)}`,
    bytes: Buffer.from(bytes).toString('base64'),
    sha256: null,
  };
}

/** An issued letter's DOCX, checked against its fingerprint. */
export async function issuedFile(ctx: ServiceContext, id: string): Promise<LetterFile> {
  const row = await liveLetter(ctx.db, id);
  if (row.status !== 'issued' || !row.sha256)
    throw new AppError('VALIDATION', 'Only an issued letter has a file: preview the draft instead.', {
      issues: [{ path: 'id', message: 'Not issued' }],
    });
  const bytes = readVerifiedBlob(ctx.dataDir, row.sha256);
  if (bytes === 'missing')
    throw new AppError(
      'UNAVAILABLE',
      'This letter was issued on another computer and its file has not arrived yet: sync with the central share, then try again.',
    );
  if (bytes === 'damaged')
    throw new AppError(
      'STORE_UNAVAILABLE',
      'This letter’s file is damaged on this computer (its fingerprint does not match).',
    );
  return {
    fileName: row.file_name ?? `${row.id}.docx`,
    bytes: Buffer.from(bytes).toString('base64'),
    sha256: row.sha256,
  };
}
