// Letters from scripts: which types a case allows, a draft filled from the case, its free-text
// sections, the Code's content check, issuing (exit code 2, each missing item named, when it is
// not ready) and the issued DOCX written out.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Letter } from '../../shared/contract/letters';
import { isIsoDate } from '../../shared/complaints/calendar';
import {
  LETTER_METHODS,
  LETTER_TYPES,
  SECTION_NAMES,
  type LetterMethod,
  type LetterType,
  type SectionName,
} from '../../shared/letters/letterTypes';
import { richFromPlain } from '../../shared/letters/richText';
import { UsageError, type Flags } from './args';
import { call, print, readInputFile, type Command } from './io';
import type { RedressApp } from '../app';

function oneOf<T extends string>(f: Flags, name: string, values: readonly T[], example: T): T {
  const v = f.required(name, example);
  if (!(values as readonly string[]).includes(v))
    throw new UsageError(`--${name} must be one of: ${values.join(', ')} (not "${v}")`);
  return v as T;
}

async function caseId(app: RedressApp, key: string | undefined, example: string): Promise<string> {
  if (!key) throw new UsageError(`Give the case reference, e.g. ${example}`);
  return (await call(app, 'cases.get', { idOrReference: key })).case.id;
}

function letterId(p: string[], example: string): string {
  if (!p[0]) throw new UsageError(`Give the letter's id (from letter draft or letter list), e.g. ${example}`);
  return p[0];
}

/** What scripts read: the letter's id and type, and the check's unmet items by name. */
function summary(l: Letter) {
  return {
    id: l.id,
    type: l.type,
    status: l.status,
    reference: l.reference,
    ready: l.ready,
    missing: l.missing.map((m) => m.item),
    missingItems: l.missing,
    issuedOn: l.issuedOn,
    method: l.method,
    sha256: l.sha256,
    blocked: l.blocked,
  };
}

function checkLines(l: Letter): string {
  const ticks = l.checklist.map((e) => `  [${e.present ? 'x' : ' '}] ${e.label}`);
  const state =
    l.blocked ?? (l.ready ? 'Ready to issue.' : `Not ready: ${l.missing.length} item(s) missing.`);
  return [`${l.label} for ${l.reference} (${l.id})`, ...ticks, state].join('\n');
}

export const letterCommands: Record<string, Command> = {
  async 'letter types'(app, f, p, io) {
    const id = await caseId(app, p[0], 'letter types RD-26-K7-0001');
    f.rejectUnknown();
    const types = await call(app, 'letters.types', { caseId: id });
    print(io, types, () =>
      types.length
        ? types.map((t) => `${t.type.padEnd(20)} ${t.label}`).join('\n')
        : 'This case allows no letters now.',
    );
  },

  async 'letter list'(app, f, p, io) {
    const id = await caseId(app, p[0], 'letter list RD-26-K7-0001');
    f.rejectUnknown();
    const list = await call(app, 'letters.list', { caseId: id });
    print(io, list, () =>
      list.length
        ? list
            .map(
              (l) =>
                `${l.id}  ${l.label.padEnd(32)} ${l.status === 'issued' ? `issued ${l.issuedOn} (${l.method})${l.postedOn ? `, posted ${l.postedOn}` : ''}` : 'draft'}`,
            )
            .join('\n')
        : 'No letters on this case.',
    );
  },

  async 'letter draft'(app, f, p, io) {
    const id = await caseId(app, p[0], 'letter draft RD-26-K7-0001 --type stage1_response');
    const type = oneOf<LetterType>(f, 'type', LETTER_TYPES, 'stage1_response');
    f.rejectUnknown();
    const l = await call(app, 'letters.draft', { caseId: id, type });
    print(io, summary(l), () => `Drafted ${l.id}\n${checkLines(l)}`);
  },

  async 'letter text'(app, f, p, io) {
    const id = letterId(p, 'letter text 0193… --section remedy --text "We will…"');
    const section = oneOf<SectionName>(f, 'section', SECTION_NAMES, 'remedy');
    const file = f.string('file');
    const text = file
      ? readInputFile(resolve(file)).toString('utf8')
      : f.required('text', '"We have arranged…"');
    f.rejectUnknown();
    const l = await call(app, 'letters.setSection', { id, section, text: richFromPlain(text) });
    print(io, summary(l), () => checkLines(l));
  },

  async 'letter check'(app, f, p, io) {
    const id = letterId(p, 'letter check 0193…');
    f.rejectUnknown();
    const l = await call(app, 'letters.get', { id });
    print(
      io,
      { ready: l.ready, missing: l.missing.map((m) => m.item), missingItems: l.missing, blocked: l.blocked },
      () => checkLines(l),
    );
  },

  async 'letter issue'(app, f, p, io) {
    const id = letterId(p, 'letter issue 0193… --method post');
    const method =
      f.string('method') === undefined ? undefined : oneOf<LetterMethod>(f, 'method', LETTER_METHODS, 'post');
    const on = f.string('on');
    if (on !== undefined && !isIsoDate(on))
      throw new UsageError(`--on must be a date (YYYY-MM-DD), not "${on}"`);
    f.rejectUnknown();
    const l = await call(app, 'letters.issue', { id, method, on });
    print(
      io,
      summary(l),
      () => `Issued ${l.label} for ${l.reference} on ${l.issuedOn} (${l.method}).\nsha256 ${l.sha256}`,
    );
  },

  async 'letter get'(app, f, p, io) {
    const id = letterId(p, 'letter get 0193… --out letter.docx');
    const out = resolve(f.required('out', 'letter.docx'));
    f.rejectUnknown();
    const file = await call(app, 'letters.file', { id });
    writeFileSync(out, Buffer.from(file.bytes, 'base64'));
    print(
      io,
      { out, fileName: file.fileName, sha256: file.sha256 },
      () => `Wrote ${out} (sha256 ${file.sha256}).`,
    );
  },

  async 'letter preview'(app, f, p, io) {
    const id = letterId(p, 'letter preview 0193… --out draft.docx');
    const out = resolve(f.required('out', 'draft.docx'));
    f.rejectUnknown();
    const file = await call(app, 'letters.preview', { id });
    writeFileSync(out, Buffer.from(file.bytes, 'base64'));
    print(io, { out, fileName: file.fileName }, () => `Wrote ${out}: the draft as it would print today.`);
  },

  async 'letter discard'(app, f, p, io) {
    const id = letterId(p, 'letter discard 0193…');
    f.rejectUnknown();
    const l = await call(app, 'letters.discard', { id });
    print(io, l, () => `Discarded the draft ${l.label}.`);
  },
};

export const LETTER_USAGE = `  letter types REF [--json]                           the letter types this case allows now
  letter draft REF --type TYPE [--json]               a draft filled from the case: {"id","type","missing"}
                                                      TYPE: ${LETTER_TYPES.join(', ')}
  letter text LETTER-ID --section NAME (--text T | --file F)
                                                      fill a free-text section; NAME: ${SECTION_NAMES.join(', ')}
                                                      (a blank line starts a paragraph, "- " a bullet)
  letter check LETTER-ID [--json]                     the Code's content check: {"ready","missing"}
  letter issue LETTER-ID [--method post|email|both] [--on DATE]
                                                      exit code 2, naming what is missing, when not ready
  letter get LETTER-ID --out FILE.docx                the issued letter's DOCX
  letter preview LETTER-ID --out FILE.docx            a draft as it would print today
  letter list REF [--json] | letter discard LETTER-ID`;
