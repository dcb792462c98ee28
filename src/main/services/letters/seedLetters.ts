// Demo letters: responses already issued on seeded complaints become real issued letters — the
// DOCX built from the case, kept under its SHA-256, sent by post, email or both as the resident
// can receive it — so the case page, the post run and the letter CLI have something true to show.
import type { Person } from '../../../shared/contract/types';
import { uuidv7 } from '../../../shared/domain/ids';
import { missingItems } from '../../../shared/letters/contentCheck';
import type { LetterMethod, LetterType } from '../../../shared/letters/letterTypes';
import { richFromPlain } from '../../../shared/letters/richText';
import { seededRandom } from '../../demo/random';
import { saveBlob } from '../../store/blobStore';
import { markCommitted, write, type ServiceContext } from '../../store/context';
import { deadlineRules } from '../complaints/policy';
import { letterFileName } from './docx/fileName';
import { renderLetter } from './docx/render';
import { letterContent } from './content';
import { logoFor } from './logo';
import { printTemplate } from './printWith';
import { caseOf, residentOf } from './view';

const REMEDIES = [
  'We apologise for the delay and the disruption it caused. We have booked the repair and will confirm the date with you in writing.',
  'We are sorry that we did not keep you informed. Your housing officer will now call you every two weeks until the work is finished.',
  'We apologise. We have offered compensation for the time and trouble this caused you, as set out below.',
  'We have not found that we were at fault, but we have reminded the team to confirm appointments the day before.',
];

/** Issues demo letters on up to `limit` seeded complaints that have had a response; returns how many. */
export async function seedLetters(ctx: ServiceContext, limit: number, seed: number): Promise<number> {
  if (limit <= 0) return 0;
  const random = seededRandom(seed);
  const candidates = ctx.sqlite
    .prepare(
      `SELECT id, stage1_responded_on AS s1, stage2_responded_on AS s2 FROM cases
        WHERE type = 'complaint' AND deleted_at IS NULL AND stage1_responded_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.case_id = cases.id)
        ORDER BY n DESC LIMIT ?`,
    )
    .all(limit * 2) as Array<{ id: string; s1: string; s2: string | null }>;
  // Signed by the officer of this computer, or (a store seeded before anyone set it up) a seeded colleague.
  const signer: Person | undefined =
    ctx.me ??
    (ctx.sqlite
      .prepare('SELECT id, name, role, initials FROM people WHERE active = 1 ORDER BY created_at, id LIMIT 1')
      .get() as Person | undefined);
  if (!signer) return 0;
  const actor = signer.id;
  const rules = await deadlineRules(ctx);
  let issued = 0;
  for (const c of candidates) {
    if (issued >= limit) break;
    const type: LetterType = c.s2 ? 'stage2_response' : 'stage1_response';
    const on = c.s2 ?? c.s1;
    const caseRow = await caseOf(ctx.db, c.id);
    const resident = await residentOf(ctx.db, caseRow);
    const row = {
      id: uuidv7(),
      case_id: c.id,
      type,
      stage: type === 'stage2_response' ? 2 : 1,
      status: 'issued' as const,
      sections: JSON.stringify({
        opening: richFromPlain('Thank you for your complaint and for your patience while we looked into it.'),
        investigation: richFromPlain(
          'We reviewed the repair records, spoke to the contractor and visited your home.',
        ),
        remedy: richFromPlain(REMEDIES[Math.floor(random() * REMEDIES.length)]!),
        closing: richFromPlain('If you have any questions about this letter, please contact me.'),
      }),
      template_id: null,
      issued_on: on,
      issued_by: actor,
      method: null as LetterMethod | null,
      sha256: null as string | null,
      file_name: letterFileName(caseRow.reference, type, on),
      paragraph_versions: null as string | null,
      addressee: null as string | null,
      copy_to: null,
      posted_on: null,
      posted_by: null,
      created_by: actor,
      created_at: `${on}T10:00:00.000Z`,
      updated_at: `${on}T10:00:00.000Z`,
      deleted_at: null,
    };
    const content = await letterContent(ctx.db, {
      letter: row,
      caseRow,
      resident,
      date: on,
      actorId: actor,
      rules,
    });
    const template = await printTemplate(ctx.db, ctx.dataDir, type, null);
    // Only letters the Code's check would have let through: the demo never shows a bad letter.
    if (missingItems({ content, placeholders: template.placeholders }).length) continue;
    const hasAddress = content.addressee.addressLines.length > 0;
    const roll = random();
    const email = Boolean(resident?.email);
    row.method = !hasAddress
      ? email
        ? 'email'
        : null
      : email && roll < 0.4
        ? 'email'
        : email && roll < 0.55
          ? 'both'
          : 'post';
    if (!row.method) continue;
    const bytes = await renderLetter({
      template: template.bytes(),
      content,
      logo: logoFor(ctx.dataDir, content.houseStyle.logoSha256),
    });
    row.sha256 = saveBlob(ctx.dataDir, bytes);
    row.paragraph_versions = JSON.stringify(
      Object.fromEntries(Object.values(content.paragraphs).map((p) => [p.key, p.version])),
    );
    row.addressee = JSON.stringify(content.addressee);
    await write(
      ctx,
      async (w) => {
        await w.tx.insertInto('letters').values(row).execute();
        await w.changes.created('letter', row.id, row);
      },
      signer,
    );
    markCommitted();
    issued++;
  }
  return issued;
}
