// The letters' set-up through the real CLI: paragraphs list / show / set (from --text or --file)
// and house-style show / set with a logo file, --no-logo, and options left out kept.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gradientPng, sha } from '../attachmentFiles';
import { cliIn, tempDir } from '../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function store() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  const cli = (...argv: string[]) => cliIn(tmp.dir, ...argv);
  expect((await cli('init', '--name', 'Sam Lee', '--initials', 'SL', '--role', 'manager')).code).toBe(0);
  return { cli, dir: tmp.dir };
}

describe('letter set-up on the command line', () => {
  it('lists, shows and sets the standard paragraphs, from --text or --file, with history', async () => {
    const { cli, dir } = await store();
    const list = await cli('paragraphs', 'list', '--json');
    expect(list.code).toBe(0);
    const paragraphs = JSON.parse(list.out) as Array<{
      key: string;
      current: { version: number; shipped: boolean };
    }>;
    expect(paragraphs.map((p) => [p.key, p.current.version, p.current.shipped])).toEqual([
      ['ombudsman', 1, true],
      ['escalation', 1, true],
      ['designated_person', 1, true],
      ['data_protection', 1, true],
    ]);
    expect((await cli('paragraphs', 'list')).out).toContain(
      "escalation         version 1 (Redress's original)",
    );

    const set = await cli(
      'paragraphs',
      'set',
      'escalation',
      '--text',
      'Tell us why you are unhappy.',
      '--note',
      'Shorter',
    );
    expect(set).toMatchObject({ code: 0, out: 'Saved How to escalate to stage 2 as version 2.' });
    const file = join(dir, 'dp.txt');
    writeFileSync(file, 'We keep your information safely.\nAsk us for a copy at any time.\n');
    expect((await cli('paragraphs', 'set', 'data_protection', '--file', file)).code).toBe(0);
    const again = await cli('paragraphs', 'set', 'data_protection', '--file', file);
    expect(again.out).toBe('How we use your information: the text is the same as version 2; nothing saved.');

    const shown = JSON.parse((await cli('paragraphs', 'show', 'data_protection', '--json')).out);
    expect(shown.current).toMatchObject({
      version: 2,
      text: 'We keep your information safely.\nAsk us for a copy at any time.',
      createdBy: 'Sam Lee',
    });
    expect(shown.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    const human = (await cli('paragraphs', 'show', 'escalation')).out;
    expect(human).toMatch(/version 2 {2}\d{4}-\d{2}-\d{2} by Sam Lee — Shorter/);
    expect(human).toContain("version 1  Redress's original");

    const unknown = await cli('paragraphs', 'show', 'policy');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('There is no standard paragraph "policy"');
    const both = await cli('paragraphs', 'set', 'ombudsman', '--text', 'A', '--file', file);
    expect(both.code).toBe(2);
    expect(both.err).toContain('either --text');
  });

  it('sets the house style with a logo, keeps what is left out, removes the logo with --no-logo', async () => {
    const { cli, dir } = await store();
    expect((await cli('house-style', 'show')).out).toContain('not set up yet');
    const logo = gradientPng(120, 40);
    const png = join(dir, 'logo.png');
    writeFileSync(png, logo);
    const set = await cli(
      'house-style',
      'set',
      '--name',
      'Riverside Homes',
      '--address',
      '1 Quay Street | Riverside|RV1 2AB',
      '--phone',
      '0113 496 0000',
      '--email',
      'complaints@riverside.example.org',
      '--logo',
      png,
      '--json',
    );
    expect(set.code).toBe(0);
    expect(JSON.parse(set.out)).toMatchObject({
      landlordName: 'Riverside Homes',
      addressLines: ['1 Quay Street', 'Riverside', 'RV1 2AB'],
      phone: '0113 496 0000',
      website: null,
      signOff: 'Yours sincerely',
      logoSha256: sha(logo),
      isSet: true,
    });

    // Left out: phone, email and logo kept; --phone "" clears the phone.
    const renamed = await cli(
      'house-style',
      'set',
      '--name',
      'Riverside Homes Ltd',
      '--address',
      '1 Quay Street|RV1 2AB',
      '--phone',
      '',
      '--sign-off',
      'Yours faithfully',
    );
    expect(renamed.code).toBe(0);
    const shown = JSON.parse((await cli('house-style', 'show', '--json')).out);
    expect(shown).toMatchObject({
      landlordName: 'Riverside Homes Ltd',
      phone: null,
      email: 'complaints@riverside.example.org',
      signOff: 'Yours faithfully',
      logoSha256: sha(logo),
    });
    expect(shown.logo.mediaType).toBe('image/png');
    expect((await cli('house-style', 'show')).out).toContain(`Logo:      image/png ${sha(logo)}`);

    const removed = await cli(
      'house-style',
      'set',
      '--name',
      'Riverside Homes Ltd',
      '--address',
      '1 Quay Street',
      '--no-logo',
      '--json',
    );
    expect(JSON.parse(removed.out)).toMatchObject({ logoSha256: null, logo: null });

    const notPicture = join(dir, 'logo.jpg');
    writeFileSync(notPicture, '%PDF-1.4 a letterhead saved as PDF');
    const refused = await cli('house-style', 'set', '--name', 'R', '--address', 'A', '--logo', notPicture);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('“logo.jpg” is not a PNG or JPEG picture');
    const noAddress = await cli('house-style', 'set', '--name', 'R');
    expect(noAddress.code).toBe(2);
    expect(noAddress.err).toContain('--address is required');
  });
});
