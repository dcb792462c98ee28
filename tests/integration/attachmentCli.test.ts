// `attach add / list / get` through the real CLI on a real store: the printed sha256 is the file's
// fingerprint, list --json names it, get writes the verified bytes back and refuses a damaged or
// missing file plainly with a non-zero exit.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliIn, tempDir } from '../helpers';
import { jpeg, pdf, sha } from '../attachmentFiles';

const removals: Array<() => void> = [];
afterEach(() => removals.splice(0).forEach((r) => r()));

async function withCase() {
  const tmp = tempDir();
  removals.push(tmp.remove);
  expect((await cliIn(tmp.dir, 'init', '--name', 'Sam Lee', '--initials', 'SL')).code).toBe(0);
  const opened = await cliIn(tmp.dir, 'case', 'open', '--type', 'complaint', '--summary', 'Damp', '--json');
  const c = JSON.parse(opened.out) as { reference: string; id: string };
  return { dir: tmp.dir, ref: c.reference, caseId: c.id };
}

describe('attach on the command line', () => {
  it('adds a file (printing its sha256), lists it as JSON, and writes it back verified', async () => {
    const { dir, ref } = await withCase();
    const photo = jpeg(120_000, 11);
    const file = join(dir, 'bedroom wall.jpg');
    writeFileSync(file, photo);
    const added = await cliIn(dir, 'attach', 'add', ref, file, '--caption', 'After the repair', '--json');
    expect(added.code).toBe(0);
    const a = JSON.parse(added.out);
    expect(a).toMatchObject({
      sha256: sha(photo),
      fileName: 'bedroom wall.jpg',
      mediaType: 'image/jpeg',
      sizeBytes: 120_000,
      caption: 'After the repair',
      state: 'here',
    });
    const human = await cliIn(dir, 'attach', 'add', ref, file);
    expect(human.code).toBe(1);
    expect(human.err).toMatch(/“bedroom wall\.jpg” is already attached to this case/);

    const listed = await cliIn(dir, 'attach', 'list', ref, '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).map((x: { sha256: string }) => x.sha256)).toEqual([sha(photo)]);
    expect((await cliIn(dir, 'attach', 'list', ref)).out).toMatch(/bedroom wall\.jpg — After the repair/);

    const out = join(dir, 'copy.jpg');
    const got = await cliIn(dir, 'attach', 'get', a.sha256, '--out', out);
    expect(got.code).toBe(0);
    expect(got.out).toMatch(/fingerprint checked/);
    expect(readFileSync(out).equals(photo)).toBe(true);
  });

  it('links to a point; refuses a wrong type, an oversized or missing file, with nothing attached', async () => {
    const { dir, ref } = await withCase();
    const point = JSON.parse(
      (await cliIn(dir, 'point', 'add', ref, '--point', 'Mould came back', '--json')).out,
    );
    const pointId = point.id as string;
    expect(pointId).toBeTruthy();
    writeFileSync(join(dir, 'letter.pdf'), pdf(1));
    const linked = JSON.parse(
      (await cliIn(dir, 'attach', 'add', ref, join(dir, 'letter.pdf'), '--point', pointId, '--json')).out,
    );
    expect(linked.pointId).toBe(pointId);

    writeFileSync(join(dir, 'run.exe'), 'MZ');
    const exe = await cliIn(dir, 'attach', 'add', ref, join(dir, 'run.exe'));
    expect(exe.code).toBe(2);
    expect(exe.err).toMatch(/\.exe files are not accepted/);
    writeFileSync(join(dir, 'huge.jpg'), jpeg(26 * 1_048_576, 2));
    const huge = await cliIn(dir, 'attach', 'add', ref, join(dir, 'huge.jpg'));
    expect(huge.code).toBe(2);
    expect(huge.err).toMatch(/This file is 26 MB; attachments can be up to 25 MB \(Settings → Attachments\)/);
    const missing = await cliIn(dir, 'attach', 'add', ref, join(dir, 'nope.jpg'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/there is no such file/);
    expect(JSON.parse((await cliIn(dir, 'attach', 'list', ref, '--json')).out)).toHaveLength(1);
  });

  it('get refuses a damaged or missing file plainly, with a non-zero exit and no file written', async () => {
    const { dir, ref } = await withCase();
    const bytes = pdf(5);
    writeFileSync(join(dir, 'report.pdf'), bytes);
    const a = JSON.parse((await cliIn(dir, 'attach', 'add', ref, join(dir, 'report.pdf'), '--json')).out);
    const blob = join(dir, 'blobs', a.sha256.slice(0, 2), a.sha256);
    const altered = Buffer.from(bytes);
    altered[5] = altered[5]! ^ 0x04;
    writeFileSync(blob, altered);
    const out = join(dir, 'out.pdf');
    const damaged = await cliIn(dir, 'attach', 'get', a.sha256, '--out', out);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(
      /“report\.pdf” has been changed or damaged since it was attached \(its fingerprint does not match\)/,
    );
    expect(() => readFileSync(out)).toThrow();
    rmSync(blob);
    const gone = await cliIn(dir, 'attach', 'get', a.sha256, '--out', out);
    expect(gone.code).toBe(1);
    expect(gone.err).toMatch(/has not arrived on this computer yet/);
    const unknown = await cliIn(dir, 'attach', 'get', 'ab'.repeat(32), '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/No attachment in this case store has the fingerprint/);
    const notHash = await cliIn(dir, 'attach', 'get', 'photo.jpg', '--out', out);
    expect(notHash.code).toBe(2);
    expect(notHash.err).toMatch(/64 hex digits/);
  });
});
