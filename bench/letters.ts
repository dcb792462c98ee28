import { TEST_PASSWORD, TEST_UNLOCK } from '../tests/helpers';
// Filling one letter: renderLetter on Redress's own stage 1 response template beside the raw
// docx figure for the same letter — the same content built with `new Document` and packed with
// `Packer.toBuffer` — paired in the same run, medians after warm-up. Budget: ≤ 1.3× raw.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { LIST_NUMBERING } from '../src/main/services/letters/docx/blocks';
import { renderLetter } from '../src/main/services/letters/docx/render';
import { shippedTemplate } from '../src/main/services/letters/docx/resources';
import { placeholderValues, type Value } from '../src/main/services/letters/docx/values';
import type { LetterContent } from '../src/shared/letters/content';
import { richLetter } from '../tests/letterContent';
import { paired } from './measure';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedress } from '../src/main/app';
import { drafted, liveLetter } from '../src/main/services/letters/view';
import type { InputOf, OutputOf, ProcedureName } from '../src/shared/contract';
import { richFromPlain } from '../src/shared/letters/richText';

export interface LetterRow {
  what: string;
  redress: number;
  raw: number;
  budget: number;
}

/** The same letter written from scratch: its values in the order the template has them. */
async function rawLetter(content: LetterContent): Promise<Buffer> {
  const v = placeholderValues(content, null);
  const runs = (value: Value) =>
    'lines' in value
      ? value.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }))
      : 'inline' in value
        ? value.inline
        : [];
  const para = (value: Value) =>
    'blocks' in value ? value.blocks : [new Paragraph({ children: runs(value) })];
  const text = (label: string, value: Value) =>
    new Paragraph({ children: [new TextRun(label), ...runs(value)] });
  const doc = new Document({
    numbering: LIST_NUMBERING,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        children: [
          ...para(v.landlord_name),
          ...para(v.landlord_address),
          ...para(v.address_block),
          text('Date: ', v.date),
          text('Our reference: ', v.reference),
          new Paragraph({ text: 'Our response to your complaint', heading: HeadingLevel.HEADING_1 }),
          text('Dear ', v.addressee_name),
          ...para(v.section_opening),
          ...para(v.definition),
          ...para(v.section_investigation),
          ...para(v.decisions),
          ...para(v.remedies),
          ...para(v.section_remedy),
          ...para(v.actions),
          ...para(v.section_closing),
          ...para(v.escalation),
          ...para(v.designated_person),
          ...para(v.data_protection),
          ...para(v.sign_off),
          ...para(v.officer_name),
          ...para(v.copy_to),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A real store with a decided stage 1 complaint and its response drafted: what an officer previews. */
async function draftedLetter(dir: string) {
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const me = await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    // Changing a person's details is an administrator's (issue 13's roles).
    role: 'admin',
  });
  await call('people.update', { id: me.id, email: 'priya.shah@example.org', phone: '0113 496 0100' });
  const resident = await call('residents.create', {
    name: 'Siân Llŷr',
    property: { addressLine1: '4 Heol y Bont', town: 'Cardiff', postcode: 'CF10 1AA' },
  });
  const c = await call('cases.open', { type: 'complaint', summary: 'Leak', residentId: resident.id });
  const today = app.context.now().toISOString().slice(0, 10);
  await call('cases.command', { id: c.id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
  for (const [i, decision] of (['upheld', 'partly_upheld', 'not_upheld'] as const).entries()) {
    const p = (
      await call('points.add', {
        caseId: c.id,
        point: `Point ${i + 1} of the complaint`,
        outcomeSought: 'Put it right',
      })
    ).complaint.points.at(-1)!;
    await call('points.update', {
      id: p.id,
      changes: { decision, reasons: 'The repair log shows three missed visits.' },
    });
  }
  await call('remedies.add', {
    caseId: c.id,
    kind: 'financial',
    amountPence: 15_000,
    heads: ['time_and_trouble'],
  });
  await call('actions.add', {
    caseId: c.id,
    what: 'Fix the leak',
    owner: 'Repairs',
    ownerContact: '0113 496 0101',
    dueOn: today,
  });
  const draft = await call('letters.draft', { caseId: c.id, type: 'stage1_response' });
  await call('letters.setSection', {
    id: draft.id,
    section: 'remedy',
    text: richFromPlain('We apologise and offer £150.'),
  });
  const row = await liveLetter(app.context.db, draft.id);
  const { content } = await drafted(app.context, app.context.db, row);
  return { app, id: draft.id, content };
}

export async function benchLetters(iterations = 100): Promise<LetterRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-letters-'));
  const real = await draftedLetter(dir);
  const service = await paired(
    iterations,
    () => real.app.dispatch('letters.preview', { id: real.id }),
    () => rawLetter(real.content),
  );
  await real.app.close();
  rmSync(dir, { recursive: true, force: true });
  const content = richLetter('stage1_response');
  const template = shippedTemplate('stage1_response');
  const r = await paired(
    iterations,
    () => renderLetter({ template, content, logo: null }),
    () => rawLetter(content),
  );
  return [
    {
      what: `draft to DOCX through the service: letters.preview of a decided complaint (raw: docx build + pack of the same content), ${iterations} runs`,
      redress: service.a.median,
      raw: service.b.median,
      budget: service.b.median * 1.3,
    },
    {
      what: `render one letter from its template (raw: docx build + pack), ${iterations} runs`,
      redress: r.a.median,
      raw: r.b.median,
      budget: r.b.median * 1.3,
    },
  ];
}
