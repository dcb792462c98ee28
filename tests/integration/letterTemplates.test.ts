// The landlord's own letter templates through the real dispatch and the real CLI: one with a
// placeholder Redress does not know, or without one its letter type needs, is refused naming
// each by name and nothing is kept; a good one is kept in the blob store, used for its type,
// written back byte for byte, and retired back to Redress's own.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readVerifiedBlob, sha256Of } from '../../src/main/store/blobStore';
import { shippedTemplate } from '../../src/main/services/letters/docx/resources';
import { cliIn, openTestApp, tempDir } from '../helpers';
import { editDocumentXml } from '../docx/templateEdits';

const removals: Array<() => void> = [];
afterEach(() => removals.splice(0).forEach((r) => r()));

function store() {
  const tmp = tempDir();
  removals.push(tmp.remove);
  return tmp.dir;
}

/** Redress's closure template with {{actions_manager}} swapped for an unknown {{case_worker}}. */
const withUnknown = () =>
  editDocumentXml(shippedTemplate('closure'), (xml) => xml.replace('{{actions_manager}}', '{{case_worker}}'));

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const countTemplates = (app: Awaited<ReturnType<typeof openTestApp>>['app']) =>
  (app.context.sqlite.prepare('SELECT count(*) AS n FROM letter_templates').get() as { n: number }).n;

describe("the landlord's own templates, through the dispatch", () => {
  it('refuses an unknown placeholder and a missing one by name, keeping nothing', async () => {
    const dir = store();
    const { app, call } = await openTestApp(dir);
    try {
      const result = await call('templates.import', {
        letterType: 'closure',
        name: 'Ours',
        fileName: 'ours.docx',
        bytes: b64(withUnknown()),
      });
      expect(result).toMatchObject({
        accepted: false,
        unknown: ['case_worker'],
        missing: ['actions_manager'],
      });
      if (result.accepted) throw new Error('accepted');
      expect(result.message).toContain('{{case_worker}}');
      expect(result.message).toContain('{{actions_manager}}');
      expect(countTemplates(app)).toBe(0);
      expect(readVerifiedBlob(dir, sha256Of(withUnknown()))).toBe('missing');
    } finally {
      await app.close();
    }
  });

  it('refuses a file that is not a Word document with a plain sentence', async () => {
    const { app } = await openTestApp(store());
    try {
      const r = await app.dispatch('templates.import', {
        letterType: 'closure',
        name: 'Ours',
        fileName: 'ours.docx',
        bytes: b64(new TextEncoder().encode('not a document')),
      });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error).toMatchObject({
          code: 'VALIDATION',
          message: expect.stringMatching(/not a Word document/),
        });
      expect(countTemplates(app)).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('keeps a good template, uses it for its type, gives it back byte for byte, and retires it', async () => {
    const dir = store();
    const { app, call } = await openTestApp(dir);
    try {
      const ours = editDocumentXml(shippedTemplate('closure'), (xml) =>
        xml.replace('We have now closed your complaint.', 'Your complaint is closed – diolch.'),
      );
      const result = await call('templates.import', {
        letterType: 'closure',
        name: 'Our closure letter',
        fileName: 'closure-ours.docx',
        bytes: b64(ours),
      });
      if (!result.accepted) throw new Error(result.message);
      expect(result.template.active).toMatchObject({ name: 'Our closure letter', sha256: sha256Of(ours) });
      expect(readVerifiedBlob(dir, sha256Of(ours))).toEqual(expect.any(Uint8Array));
      const list = await call('templates.list', {});
      expect(list.find((t) => t.letterType === 'closure')!.active!.name).toBe('Our closure letter');
      expect(list.find((t) => t.letterType === 'stage1_response')!.active).toBeNull();
      expect(list.find((t) => t.letterType === 'stage1_response')!.placeholders).toContain('decisions');
      const file = await call('templates.file', { letterType: 'closure', id: result.template.active!.id });
      expect(Buffer.from(file.bytes, 'base64').equals(Buffer.from(ours))).toBe(true);
      const shipped = await call('templates.file', { letterType: 'closure' });
      expect(shipped.sha256).toBe(sha256Of(shippedTemplate('closure')));
      const retired = await call('templates.retire', { id: result.template.active!.id });
      expect(retired.active).toBeNull();
      const again = await app.dispatch('templates.retire', { id: result.template.active!.id });
      expect(again.ok).toBe(false);
    } finally {
      await app.close();
    }
  });
});

describe('templates on the command line', () => {
  it('refuses an unknown placeholder by name with exit code 2', async () => {
    const dir = store();
    expect(
      (await cliIn(dir, 'init', '--name', 'Sam Lee', '--initials', 'SL', '--role', 'manager')).code,
    ).toBe(0);
    const file = join(dir, 'ours.docx');
    writeFileSync(file, withUnknown());
    const refused = await cliIn(dir, 'templates', 'import', file, '--type', 'closure', '--json');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('{{case_worker}}');
    expect(refused.err).toContain('{{actions_manager}}');
    expect(JSON.parse(refused.out).error.details).toMatchObject({
      unknown: ['case_worker'],
      missing: ['actions_manager'],
    });
  });

  it('imports, lists, gets the one in use and retires it', async () => {
    const dir = store();
    expect(
      (await cliIn(dir, 'init', '--name', 'Sam Lee', '--initials', 'SL', '--role', 'manager')).code,
    ).toBe(0);
    const file = join(dir, 'ours.docx');
    const ours = editDocumentXml(shippedTemplate('extension'), (xml) =>
      xml.replace('We are sorry', 'We apologise'),
    );
    writeFileSync(file, ours);
    const imported = await cliIn(
      dir,
      'templates',
      'import',
      file,
      '--type',
      'extension',
      '--name',
      'Ours',
      '--json',
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out).active.name).toBe('Ours');
    const list = JSON.parse((await cliIn(dir, 'templates', 'list', '--json')).out) as Array<{
      letterType: string;
      active: unknown;
    }>;
    expect(list).toHaveLength(9);
    const out = join(dir, 'got.docx');
    expect((await cliIn(dir, 'templates', 'get', 'extension', '--out', out)).code).toBe(0);
    expect(readFileSync(out).equals(Buffer.from(ours))).toBe(true);
    expect((await cliIn(dir, 'templates', 'retire', 'extension')).code).toBe(0);
    expect((await cliIn(dir, 'templates', 'get', 'extension', '--out', out)).code).toBe(0);
    expect(sha256Of(readFileSync(out))).toBe(sha256Of(shippedTemplate('extension')));
    expect((await cliIn(dir, 'templates', 'get', 'nonsense', '--out', out)).code).toBe(2);
  });
});
