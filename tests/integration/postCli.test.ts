// The post run through the real CLI: `letters export` writes the folder the contract names and
// prints its files as JSON; `--unposted` and `--mark-posted`; `letters posted`; no LibreOffice.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliIn, openTestApp, tempDir } from '../helpers';
import { pdfPages, postDay } from '../postRun';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

async function storeWithPost() {
  const tmp = tempDir('redress-post-cli-');
  cleanups.push(tmp.remove);
  const store = join(tmp.dir, 'store');
  const t = await openTestApp(store);
  const day = await postDay(t.app, t.call);
  await t.app.close();
  return { dir: tmp.dir, cli: (...argv: string[]) => cliIn(store, ...argv), ...day };
}

describe('letters export on the command line', () => {
  it('writes the DOCX files, letters.pdf, manifest.csv and labels.docx into --out, and --mark-posted marks them', async () => {
    const { dir, cli, cases } = await storeWithPost();
    const out = join(dir, 'post');
    const run = await cli(
      'letters',
      'export',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-04',
      '--out',
      out,
      '--mark-posted',
      '--on',
      '2026-11-05',
      '--json',
    );
    expect(run.code, run.err).toBe(0);
    const r = JSON.parse(run.out);
    expect(r).toMatchObject({
      folder: out,
      letters: 3,
      pdf: 'letters.pdf',
      pdfMissing: null,
      notExported: [],
      markedPosted: 3,
    });
    expect(r.files.map((f: { name: string }) => f.name)).toEqual([
      `0001 ${cases[0]!.reference} Stage 1 response.docx`,
      `0002 ${cases[1]!.reference} Extension notice.docx`,
      `0003 ${cases[2]!.reference} Stage 1 response.docx`,
      'letters.pdf',
      'manifest.csv',
      'labels.docx',
    ]);
    expect(readdirSync(out).sort()).toEqual(r.files.map((f: { name: string }) => f.name).sort());
    expect(await pdfPages(join(out, 'letters.pdf'))).toBe(6);
    expect(run.err).toContain('Converting the letters to PDF');

    // Now every letter is posted: --unposted has nothing to export, and says so.
    const none = await cli(
      'letters',
      'export',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-04',
      '--out',
      join(dir, 'none'),
      '--unposted',
    );
    expect(none.code).toBe(2);
    expect(none.err).toMatch(
      /No issued letters still to be posted were issued between 2026-11-01 and 2026-11-04/,
    );
    const list = JSON.parse(
      (await cli('letters', 'list', '--from', '2026-11-01', '--to', '2026-11-04', '--json')).out,
    );
    expect(list.counts).toEqual({ total: 3, posted: 3, unposted: 0 });
    expect(list.letters.map((l: { postedOn: string }) => l.postedOn)).toEqual([
      '2026-11-05',
      '2026-11-05',
      '2026-11-05',
    ]);
  }, 120_000);

  it('without LibreOffice on PATH exports everything else and says why there is no PDF', async () => {
    const { dir, cli } = await storeWithPost();
    const path = process.env.PATH;
    process.env.PATH = join(dir, 'empty');
    cleanups.push(() => {
      process.env.PATH = path;
    });
    const out = join(dir, 'plain');
    const run = await cli('letters', 'export', '--from', '2026-11-02', '--out', out, '--json');
    expect(run.code, run.err).toBe(0);
    const r = JSON.parse(run.out);
    expect(r).toMatchObject({ letters: 1, pdf: null });
    expect(r.pdfMissing).toMatch(
      /LibreOffice is not installed on this computer, so no letters\.pdf was made/,
    );
    expect(readdirSync(out).sort()).toEqual([r.files[0].name, 'labels.docx', 'manifest.csv'].sort());
    const human = await cli('letters', 'export', '--from', '2026-11-03', '--out', join(dir, 'plain2'));
    expect(human.out).toMatch(/Exported 2 letter\(s\) to .*plain2/);
    expect(human.out).toMatch(/LibreOffice is not installed/);
  });

  it('letters posted marks the range’s unposted letters; bad dates and options are refused plainly', async () => {
    const { cli } = await storeWithPost();
    const marked = await cli('letters', 'posted', '--from', '2026-11-03', '--on', '2026-11-04', '--json');
    expect(marked.code, marked.err).toBe(0);
    expect(JSON.parse(marked.out)).toEqual({ marked: 2, alreadyPosted: 0, postedOn: '2026-11-04' });
    const again = await cli('letters', 'posted', '--from', '2026-11-03');
    expect(again.out).toMatch(/already marked posted/);
    expect((await cli('letters', 'export', '--from', '3 Nov', '--out', '/tmp/x')).code).toBe(2);
    expect((await cli('letters', 'export', '--from', '2026-11-03')).err).toMatch(/--out is required/);
    expect((await cli('letters', 'list', '--from', '2026-11-05', '--to', '2026-11-01')).err).toMatch(
      /end date must not be before the start date/,
    );
  });
});
