// The letters' set-up from scripts: the standard paragraphs (each save a new version) and the
// house style. Each command is one procedure call, with the app's own rules.
import { basename } from 'node:path';
import type {
  HouseStyleView,
  ParagraphHistoryEntry,
  StandardParagraph,
} from '../../shared/contract/letterSetup';
import { PARAGRAPH_KEYS, type ParagraphKey } from '../../shared/letters/paragraphs';
import { type Flags, UsageError } from './args';
import { call, print, readInputFile, type Command } from './io';

function paragraphKey(key: string | undefined): ParagraphKey {
  if (!key) throw new UsageError(`Give the paragraph, one of: ${PARAGRAPH_KEYS.join(', ')}`);
  if (!(PARAGRAPH_KEYS as readonly string[]).includes(key))
    throw new UsageError(
      `There is no standard paragraph "${key}"; the paragraphs are: ${PARAGRAPH_KEYS.join(', ')}`,
    );
  return key as ParagraphKey;
}

function whoAndWhen(h: ParagraphHistoryEntry): string {
  if (h.shipped) return "Redress's original";
  return `${h.createdAt?.slice(0, 10) ?? '?'} by ${h.createdBy ?? 'someone not on this computer yet'}`;
}

function paragraphLine(p: StandardParagraph): string {
  return `${p.key.padEnd(18)} version ${p.current.version} (${whoAndWhen(p.current)})  ${p.label}`;
}

function paragraphDetail(p: StandardParagraph): string {
  return [
    `${p.label} (${p.key}), version ${p.current.version}`,
    '',
    p.current.text,
    '',
    'History (newest first):',
    ...p.history.map((h) => `  version ${h.version}  ${whoAndWhen(h)}${h.note ? ` — ${h.note}` : ''}`),
  ].join('\n');
}

async function paragraph(app: Parameters<Command>[0], key: ParagraphKey): Promise<StandardParagraph> {
  return (await call(app, 'paragraphs.list', {})).find((p) => p.key === key)!;
}

function houseStyleLines(s: HouseStyleView): string {
  const or = (v: string | null) => v ?? '—';
  return [
    s.isSet ? 'House style' : 'House style: not set up yet (letters carry a placeholder)',
    `  Landlord:  ${s.landlordName}`,
    `  Address:   ${s.addressLines.join(', ')}`,
    `  Phone:     ${or(s.phone)}`,
    `  Email:     ${or(s.email)}`,
    `  Website:   ${or(s.website)}`,
    `  Sign-off:  ${s.signOff}`,
    `  Logo:      ${s.logoSha256 ? `${s.logo?.mediaType ?? 'not arrived on this computer yet'} ${s.logoSha256}` : 'none'}`,
  ].join('\n');
}

/** An optional flag: left out keeps what is there; given empty (--phone "") clears it. */
function keepOr(f: Flags, name: string, current: string | null): string | null {
  const v = f.string(name);
  return v === undefined ? current : v;
}

export const letterSetupCommands: Record<string, Command> = {
  async 'paragraphs list'(app, f, _p, io) {
    f.rejectUnknown();
    const list = await call(app, 'paragraphs.list', {});
    print(io, list, () => list.map(paragraphLine).join('\n'));
  },

  async 'paragraphs show'(app, f, p, io) {
    const key = paragraphKey(p[0]);
    f.rejectUnknown();
    const one = await paragraph(app, key);
    print(io, one, () => paragraphDetail(one));
  },

  async 'paragraphs set'(app, f, p, io) {
    const key = paragraphKey(p[0]);
    const text = f.string('text');
    const file = f.string('file');
    const note = f.string('note');
    f.rejectUnknown();
    if ((text === undefined) === (file === undefined))
      throw new UsageError('Give the new wording with either --text "…" or --file FILE.txt (one of them)');
    const before = await paragraph(app, key);
    const saved = await call(app, 'paragraphs.save', {
      key,
      text: text ?? readInputFile(file!).toString('utf8'),
      note,
    });
    const changed = saved.current.version !== before.current.version;
    print(io, saved, () =>
      changed
        ? `Saved ${saved.label} as version ${saved.current.version}.`
        : `${saved.label}: the text is the same as version ${saved.current.version}; nothing saved.`,
    );
  },

  async 'house-style show'(app, f, _p, io) {
    f.rejectUnknown();
    const s = await call(app, 'houseStyle.get', {});
    print(io, s, () => houseStyleLines(s));
  },

  async 'house-style set'(app, f, _p, io) {
    const current = await call(app, 'houseStyle.get', {});
    const keep = current.isSet;
    const landlordName = f.required('name', '"Riverside Homes"');
    const address = f.required('address', '"1 Quay Street|Riverside|RV1 2AB"');
    const phone = keepOr(f, 'phone', keep ? current.phone : null);
    const email = keepOr(f, 'email', keep ? current.email : null);
    const website = keepOr(f, 'website', keep ? current.website : null);
    const signOff = f.string('sign-off') ?? current.signOff;
    const logoFile = f.string('logo');
    const noLogo = f.bool('no-logo');
    f.rejectUnknown();
    if (logoFile !== undefined && noLogo) throw new UsageError('Give --logo FILE or --no-logo, not both');
    const logo = noLogo
      ? null
      : logoFile !== undefined
        ? { fileName: basename(logoFile), bytes: readInputFile(logoFile).toString('base64') }
        : undefined;
    const s = await call(app, 'houseStyle.set', {
      landlordName,
      addressLines: address.split('|').map((l) => l.trim()),
      phone,
      email,
      website,
      signOff,
      logo,
    });
    print(io, s, () => houseStyleLines(s));
  },
};

export const LETTER_SETUP_USAGE = `  paragraphs list [--json]                            the standard paragraphs letters carry, current versions
  paragraphs show KEY [--json]                        one paragraph's text and its history (KEY: ${PARAGRAPH_KEYS.join(', ')})
  paragraphs set KEY --text T | --file F [--note N]   save a new version (N: why it changed)
  house-style show [--json]                           the landlord's name, address, contacts, sign-off and logo on letters
  house-style set --name N --address "line 1|line 2" [--phone P] [--email E] [--website W] [--sign-off S]
                  [--logo FILE.png|FILE.jpg | --no-logo]   options left out keep what is set; --phone "" clears it`;
