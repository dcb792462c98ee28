// The landlord's letter templates from scripts: see which template each letter type prints with,
// import a .docx (refused, exit code 2, naming each unknown and missing placeholder), write the
// one in use out to edit it, and retire an imported one to go back to Redress's own.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { LetterTemplateInfo } from '../../shared/contract/templates';
import { LETTER_TYPES, type LetterType } from '../../shared/letters/letterTypes';
import type { RedressApp } from '../app';
import { UsageError } from './args';
import { call, print, readInputFile, type Command } from './io';

function letterType(value: string | undefined, example: string): LetterType {
  if (!value) throw new UsageError(`Give the letter type, e.g. ${example}`);
  if (!(LETTER_TYPES as readonly string[]).includes(value))
    throw new UsageError(`"${value}" is not a letter type: use one of ${LETTER_TYPES.join(', ')}`);
  return value as LetterType;
}

const line = (t: LetterTemplateInfo) =>
  `${t.letterType.padEnd(19)} ${t.active ? `${t.active.name} (${t.active.fileName}, imported ${t.active.createdAt.slice(0, 10)})` : "Redress's own template"}`;

async function infoFor(app: RedressApp, type: LetterType): Promise<LetterTemplateInfo> {
  const all = await call(app, 'templates.list', {});
  return all.find((t) => t.letterType === type)!;
}

export const templateCommands: Record<string, Command> = {
  async 'templates list'(app, f, _p, io) {
    f.rejectUnknown();
    const all = await call(app, 'templates.list', {});
    print(io, all, () => all.map(line).join('\n'));
  },

  async 'templates import'(app, f, p, io) {
    const file = p[0];
    if (!file)
      throw new UsageError('Give the .docx file, e.g. templates import ours.docx --type stage1_response');
    const type = letterType(f.string('type'), '--type stage1_response');
    const path = resolve(file);
    const name = f.string('name') ?? basename(path).replace(/\.docx$/i, '');
    f.rejectUnknown();
    const result = await call(app, 'templates.import', {
      letterType: type,
      name,
      fileName: basename(path),
      bytes: readInputFile(path).toString('base64'),
    });
    if (!result.accepted)
      throw new AppError('VALIDATION', result.message, {
        unknown: result.unknown,
        missing: result.missing,
        issues: [
          ...result.unknown.map((n) => ({ path: 'placeholders', message: `Unknown placeholder {{${n}}}` })),
          ...result.missing.map((n) => ({ path: 'placeholders', message: `Missing placeholder {{${n}}}` })),
        ],
      });
    print(io, result.template, () => `Imported for ${result.template.label}: ${line(result.template)}`);
  },

  async 'templates get'(app, f, p, io) {
    const type = letterType(p[0], 'templates get stage1_response --out ours.docx');
    const out = resolve(f.required('out', 'template.docx'));
    f.rejectUnknown();
    const info = await infoFor(app, type);
    const file = await call(app, 'templates.file', {
      letterType: type,
      ...(info.active ? { id: info.active.id } : {}),
    });
    writeFileSync(out, Buffer.from(file.bytes, 'base64'));
    print(io, { ...info, out, sha256: file.sha256 }, () => `Wrote ${out}: ${line(info)}`);
  },

  async 'templates retire'(app, f, p, io) {
    const type = letterType(p[0], 'templates retire stage1_response');
    f.rejectUnknown();
    const info = await infoFor(app, type);
    if (!info.active)
      throw new AppError('NOT_FOUND', `The ${info.label} letter already uses Redress's own template.`);
    const now = await call(app, 'templates.retire', { id: info.active.id });
    print(io, now, () => `Retired “${info.active!.name}”. ${line(now)}`);
  },
};

export const TEMPLATE_USAGE = `  templates list [--json]                     which template each letter type prints with
  templates import FILE.docx --type TYPE [--name N] [--json]   use your own template (refused, exit 2, naming unknown and missing placeholders)
  templates get TYPE --out FILE.docx          write the template in use, to edit it in Word or LibreOffice
  templates retire TYPE                       stop using your own template for TYPE (back to the one before, or Redress's own)`;
