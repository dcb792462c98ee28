// The annual complaints report, the Code self-assessment and the board pack through the real
// dispatch on a seeded store: the DOCX opened and read back (its CH01/CH02 figures equal to
// `reporting.measures`, a "you said, we did" item, a picture per chart), converted by LibreOffice
// and read back with pdftotext, page 1 drawn to PNG to look at; the self-assessment saved and read
// back with its suggestions equal to the measures; an officer refused.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedressApp } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { reportingYear, reportingYearOf } from '../../src/shared/reporting/period';
import { xmlParts } from '../docx/unzip';
import { xmlProblem } from '../docx/wellFormed';
import { actAs, openTestApp, tempDir } from '../helpers';

const has = (tool: string, arg: string) => spawnSync(tool, [arg], { stdio: 'ignore' }).status === 0;
const libreOffice = has('soffice', '--version') && has('pdftotext', '-v') && has('pdftoppm', '-v');
const SHOTS = '/tmp/shots14/documents';

/** The document's text, runs joined, paragraphs on their own lines. */
const ch02 = (v: number | null) => (v === null ? 'None responded' : `${v.toFixed(1)}%`);

const docText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

let app: RedressApp;
let call: <K extends ProcedureName>(procedure: K, input: InputOf<K>) => Promise<OutputOf<K>>;
const tmp = tempDir('redress-reports-');
const YEAR = reportingYearOf(new Date().toISOString().slice(0, 10));

beforeAll(async () => {
  ({ app, call } = await openTestApp(tmp.dir));
  await call('demo.seed', { cases: 400, seed: 14 });
  await call('reporting.setHomes', { year: YEAR, count: 12_500 });
}, 120_000);
afterAll(async () => {
  await app.close();
  tmp.remove();
});

describe('the annual complaints report', () => {
  let docx: Uint8Array;
  let text = '';
  let measures: OutputOf<'reporting.measures'>;

  it('carries the narrative, the figures equal to reporting.measures, and you said, we did', async () => {
    await call('annualReport.saveNarrative', {
      year: YEAR,
      sections: {
        introduction: 'This year we listened harder.',
        governingBody: 'The board accepts the report.',
      },
    });
    const file = await call('annualReport.export', { year: YEAR, pdf: false });
    expect(file.fileName).toMatch(/^Annual complaints report \d{4}-\d{2}\.docx$/);
    docx = Buffer.from(file.bytes, 'base64');
    const parts = xmlParts(docx);
    expect(xmlProblem(parts['word/document.xml']!)).toBeNull();
    text = docText(parts['word/document.xml']!);
    measures = await call('reporting.measures', { ...reportingYear(YEAR), filters: {} });
    expect(measures.stage1.received).toBeGreaterThan(0);
    expect(text).toContain('This year we listened harder.');
    expect(text).toContain('The board accepts the report.');
    // CH01 and CH02, as the measures give them, in the TSM table.
    // Each table cell is a paragraph: a row reads as its cells on consecutive lines.
    expect(text).toContain(
      `CH01: complaints per 1,000 homes\n${measures.ch01.stage1Per1000Homes!.toFixed(1)}\n${measures.ch01.stage2Per1000Homes!.toFixed(1)}\n`,
    );
    expect(text).toContain(
      `CH02: responded within the Code's timescales\n${ch02(measures.ch02.stage1Pct)}\n${ch02(measures.ch02.stage2Pct)}\n`,
    );
    expect(text).toContain(`\nReceived\n${measures.stage1.received}\n${measures.stage2.received}\n`);
    const improvements = await call('improvements.list', {});
    const shown = improvements.find((i) => i.weDid && text.includes(i.title));
    expect(shown, 'a "you said, we did" improvement in the report').toBeDefined();
    expect(text).toContain(shown!.weDid!);
    expect(text).toContain('Our self-assessment against the Complaint Handling Code');
  });

  it('fills every cell of the month-by-month table: a dash where no responses were sent', () => {
    const section = text.slice(text.indexOf('Complaints month by month'));
    const lines = section.split('\n');
    const first = lines.indexOf('Stage 2 on time') + 1;
    const months = lines.slice(first, first + 12 * 5);
    expect(months.length).toBe(60);
    // Twelve rows of five cells: month, received at each stage, on time at each stage.
    for (let row = 0; row < 12; row++) {
      const [month, ...cells] = months.slice(row * 5, row * 5 + 5);
      expect(month).toMatch(/^[A-Z][a-z]{2,3} \d{2}$/);
      for (const cell of cells) expect(cell, `${month}: ${cells.join(' | ')}`).toMatch(/^(\d+|\d+\.\d%|–)$/);
    }
    expect(section).toContain('A dash (–) means no responses were sent at that stage that month.');
  });

  it('has a PNG picture with alt text per chart', () => {
    const media = Object.keys(unzipSync(docx)).filter((n) => n.startsWith('word/media/'));
    // Received per month, on time per month, by service area, by root cause.
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(4);
    const xml = xmlParts(docx)['word/document.xml']!;
    const described = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]!);
    expect(described).toHaveLength(4);
    for (const d of described) expect(d).toMatch(/The figures are in the table/);
  });

  it.skipIf(!libreOffice)(
    'opens in LibreOffice: the PDF carries CH01, CH02 and you said, we did',
    async () => {
      const file = await call('annualReport.export', { year: YEAR, pdf: true });
      expect(file.mediaType).toBe('application/pdf');
      mkdirSync(SHOTS, { recursive: true });
      const pdf = join(SHOTS, 'annual-report.pdf');
      writeFileSync(pdf, Buffer.from(file.bytes, 'base64'));
      const pdfText = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(pdfText).toContain('CH01: complaints per 1,000 homes');
      expect(pdfText).toContain(measures.ch01.stage1Per1000Homes!.toFixed(1));
      expect(pdfText).toMatch(/CH02: responded within the Code.s /);
      expect(pdfText).toContain(ch02(measures.ch02.stage1Pct));
      expect(pdfText).toContain('You said, we did');
      const improvements = await call('improvements.list', {});
      expect(improvements.some((i) => pdfText.includes(i.title))).toBe(true);
      for (const [page, name] of [
        [1, 'annual-page1'],
        [3, 'annual-page3'],
        [5, 'annual-page5'],
      ] as const)
        expect(
          spawnSync('pdftoppm', [
            '-png',
            '-r',
            '60',
            '-f',
            String(page),
            '-l',
            String(page),
            '-singlefile',
            pdf,
            join(SHOTS, name),
          ]).status,
        ).toBe(0);
    },
    180_000,
  );
});

describe('the Code self-assessment', () => {
  it('suggests answers from the data, with the figure they rest on', async () => {
    const sa = await call('selfAssessment.get', { year: YEAR });
    const m = await call('reporting.measures', { ...reportingYear(YEAR), filters: {} });
    const provision = (n: string) => sa.sections.flatMap((s) => s.provisions).find((p) => p.number === n)!;
    expect(sa.sections.map((s) => s.title)).toEqual([
      'Definition of a complaint',
      'Exclusions',
      'Accessibility and awareness',
      'Complaint handling staff',
      'The complaint handling process',
      'Complaints stages',
      'Putting things right',
      'Self-assessment, reporting and compliance',
      'Scrutiny and oversight: continuous learning and improvement',
    ]);
    expect(provision('6.2').suggestion).toEqual({
      comply: m.stage1.acknowledgedOnTime === m.stage1.acknowledged ? 'yes' : 'no',
      evidence: `${m.stage1.acknowledgedOnTime} of ${m.stage1.acknowledged} stage 1 complaints acknowledged were acknowledged within 5 working days`,
    });
    expect(provision('6.4').suggestion!.evidence).toBe(
      `${m.stage1.respondedOnTimeWithExtensions} of ${m.stage1.responded} stage 1 responses were within the Code's timescale (CH02: ${m.ch02.stage1Pct!.toFixed(1)}%)`,
    );
    // The governing body's response is written (above): the report's own provision says so.
    expect(provision('8.1').suggestion).toMatchObject({ comply: 'yes' });
    // Questions the data cannot answer have no suggestion, and nothing is answered until saved.
    expect(provision('3.2').suggestion).toBeNull();
    expect(provision('6.2').comply).toBeNull();
  });

  it('saves answers and reads them back, with who saved them', async () => {
    const saved = await call('selfAssessment.save', {
      year: YEAR,
      items: [
        {
          provision: '6.2',
          comply: 'no',
          evidence: 'Weekly acknowledgement report',
          commentary: 'Backlog in March',
        },
        { provision: '1.2', comply: 'yes', evidence: 'Policy section 2', commentary: null },
      ],
    });
    const again = await call('selfAssessment.get', { year: YEAR });
    expect(again).toEqual(saved);
    const p62 = saved.sections[5]!.provisions.find((p) => p.number === '6.2')!;
    expect(p62).toMatchObject({
      comply: 'no',
      evidence: 'Weekly acknowledgement report',
      commentary: 'Backlog in March',
      savedBy: 'Priya Shah',
    });
    expect(saved.lastSavedBy).toBe('Priya Shah');
    // Saving the same answers again changes nothing in the audit trail.
    const count = () =>
      (
        app.context.sqlite
          .prepare(`SELECT count(*) AS n FROM changes WHERE entity = 'self_assessment_answer'`)
          .get() as { n: number }
      ).n;
    const before = count();
    await call('selfAssessment.save', {
      year: YEAR,
      items: [{ provision: '1.2', comply: 'yes', evidence: 'Policy section 2', commentary: null }],
    });
    expect(count()).toBe(before);
    // The answers are in the self-assessment on its own, and in the report.
    const alone = await call('selfAssessment.export', { year: YEAR });
    expect(alone.fileName).toMatch(/^Complaint Handling Code self-assessment \d{4}-\d{2}\.docx$/);
    const aloneText = docText(xmlParts(Buffer.from(alone.bytes, 'base64'))['word/document.xml']!);
    expect(aloneText).toContain('Weekly acknowledgement report');
    expect(aloneText).toContain('9. Scrutiny and oversight: continuous learning and improvement');
    const docx = Buffer.from((await call('annualReport.export', { year: YEAR, pdf: false })).bytes, 'base64');
    expect(docText(xmlParts(docx)['word/document.xml']!)).toContain('Weekly acknowledgement report');
  });

  it('refuses an unknown provision, writing nothing, and refuses an officer', async () => {
    const before = app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get();
    const bad = await app.dispatch('selfAssessment.save', {
      year: YEAR,
      items: [
        { provision: '1.2', comply: 'yes', evidence: null, commentary: null },
        { provision: '6.99', comply: 'yes', evidence: null, commentary: null },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toBe("The Code's checklist has no provision 6.99");
    expect(app.context.sqlite.prepare('SELECT count(*) AS n FROM changes').get()).toEqual(before);
    const me = app.context.me!;
    const officer = await call('people.add', { name: 'Olu Ade', initials: 'OA', role: 'officer' });
    actAs(app, officer);
    try {
      for (const [procedure, input] of [
        ['selfAssessment.get', { year: YEAR }],
        [
          'selfAssessment.save',
          { year: YEAR, items: [{ provision: '1.2', comply: 'no', evidence: null, commentary: null }] },
        ],
        ['annualReport.export', { year: YEAR }],
        ['boardPack.export', { quarter: '2026Q3' }],
      ] as const) {
        const r = await app.dispatch(procedure, input);
        expect(r.ok ? 'allowed' : r.error.code, procedure).toBe('FORBIDDEN');
      }
    } finally {
      actAs(app, { ...me, email: null, phone: null, team: null, active: true } as never);
    }
  });
});

describe('the board pack', () => {
  it('compares the quarter with the one before, in the five headings', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const quarter = `${today.slice(0, 4)}Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const file = await call('boardPack.export', { quarter });
    expect(file.fileName).toBe(`Board complaints pack ${quarter}.docx`);
    const xml = xmlParts(Buffer.from(file.bytes, 'base64'))['word/document.xml']!;
    expect(xmlProblem(xml)).toBeNull();
    const text = docText(xml);
    for (const h of ['Volumes', 'Compliance', 'Outcomes', 'Categories: service areas', 'Themes: root causes'])
      expect(text).toContain(h);
    const m = await call('reporting.measures', {
      ...(await import('../../src/shared/reporting/period')).quarterPeriod(quarter)!,
      filters: {},
    });
    expect(text).toMatch(new RegExp(`\\nStage 1 complaints received\\n${m.stage1.received}\\n\\d+\\n`));
    expect(text).toMatch(/of \d{4}\/\d{2}\)/);
    const bad = await app.dispatch('boardPack.export', { quarter: '2026Q5' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });
});

describe('the audit trail', () => {
  it('records who exported each report (the view log), and nothing for a refused one', async () => {
    const me = app.context.me!;
    const { entries } = await call('audit.activity', { personId: me.id, limit: 200 });
    const exports = entries.filter((e) => e.kind === 'view' && e.what === 'Exported a performance report');
    // The annual report and the board pack above; the refused 2026Q5 pack answered nothing.
    expect(exports.length).toBeGreaterThanOrEqual(2);
    const before = exports.length;
    await call('selfAssessment.export', { year: YEAR });
    const after = (await call('audit.activity', { personId: me.id, limit: 200 })).entries.filter(
      (e) => e.kind === 'view' && e.what === 'Exported a performance report',
    );
    expect(after.length).toBe(before + 1);
  });
});
