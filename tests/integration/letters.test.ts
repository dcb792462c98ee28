// Letters through the real dispatch on a real store, with the clock fixed: which types a case
// allows, a draft filled from the case, the Code's content check refusing to issue until every
// element is present, issuing freezing the DOCX by SHA-256 and recording the lifecycle step it
// evidences, and the CLI's contract (JSON fields, exit code 2 naming what is missing).
import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { readVerifiedBlob } from '../../src/main/store/blobStore';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { richFromPlain } from '../../src/shared/letters/richText';
import { cliIn, tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fresh(today: string) {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  let clock = new Date(`${today}T09:00:00Z`);
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir, now: () => clock });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const count = (table: string) =>
    (app.context.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const refusal = async (procedure: ProcedureName, input: unknown) => {
    const before = count('changes');
    const result = await app.dispatch(procedure, input);
    if (result.ok) throw new Error(`${procedure} was accepted`);
    expect(count('changes')).toBe(before);
    return result.error;
  };
  const me = await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'admin',
  });
  // Letters give the handler's contact details.
  await call('people.update', { id: me.id, email: 'priya.shah@example.org' });
  const setToday = (d: string) => (clock = new Date(`${d}T09:00:00Z`));
  return { app, dir: tmp.dir, call, refusal, count, setToday };
}
type Fresh = Awaited<ReturnType<typeof fresh>>;

/** A complaint at stage 1 from Siân Llŷr at 4 Heol y Bont, with two points decided. */
async function decidedComplaint(t: Fresh, on: string) {
  const resident = await t.call('residents.create', {
    name: 'Siân Llŷr',
    email: 'sian@example.org',
    vulnerable: false,
    representativeConsent: false,
    property: { addressLine1: '4 Heol y Bont', town: 'Cardiff', postcode: 'CF10 1AA' },
  });
  const c = await t.call('cases.open', {
    type: 'complaint',
    summary: 'Leak & missed visits',
    residentId: resident.id,
    receivedOn: on,
  });
  await t.call('cases.command', { id: c.id, command: { kind: 'acknowledge', on, how: 'phone' } });
  for (const [point, decision, reasons] of [
    ['The leak was not fixed', 'upheld', 'Three missed visits'],
    ['Nobody called back', 'not_upheld', 'Four calls are logged'],
  ] as const) {
    const added = await t.call('points.add', { caseId: c.id, point, outcomeSought: 'Fix it & say sorry' });
    const p = added.complaint.points.at(-1)!;
    await t.call('points.update', { id: p.id, changes: { decision, reasons } });
  }
  return { caseId: c.id, reference: c.reference, residentId: resident.id };
}

function documentXml(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)['word/document.xml']!);
}

describe('letters', () => {
  it('offers the letters the case allows, and refuses others plainly', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await decidedComplaint(t, '2026-04-01');
    expect((await t.call('letters.types', { caseId })).map((o) => o.type)).toEqual([
      'ack_stage1',
      'stage1_response',
    ]);
    const error = await t.refusal('letters.draft', { caseId, type: 'stage2_response' });
    expect(error.message).toMatch(/stage 2 final response is for a complaint acknowledged at stage 2/);
  });

  it('refuses to issue a stage 1 response until the remedy is written, then issues it, freezes it and records the response', async () => {
    const t = await fresh('2026-04-01');
    const { caseId, reference } = await decidedComplaint(t, '2026-04-01');
    const draft = await t.call('letters.draft', { caseId, type: 'stage1_response' });
    expect(draft.status).toBe('draft');
    expect(draft.missing.map((m) => m.item)).toEqual(['remedy']);
    expect(draft.checklist.filter((e) => e.present).map((e) => e.item)).toEqual([
      'stage',
      'definition',
      'decision',
      'reasons',
      'outstanding_actions',
      'escalation',
    ]);
    t.setToday('2026-04-10');
    const refused = await t.refusal('letters.issue', { id: draft.id });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toMatch(/cannot be issued yet.*the remedy offered/);
    expect(refused.details?.missing).toEqual([{ item: 'remedy', label: 'The remedy offered' }]);

    const written = await t.call('letters.setSection', {
      id: draft.id,
      section: 'remedy',
      text: richFromPlain('We apologise, and will fix the leak by 20 April.'),
    });
    expect(written.ready).toBe(true);
    const preview = await t.call('letters.preview', { id: draft.id });
    expect(documentXml(Buffer.from(preview.bytes, 'base64'))).toContain('Siân Llŷr');

    const issued = await t.call('letters.issue', { id: draft.id, method: 'post' });
    expect(issued).toMatchObject({
      status: 'issued',
      issuedOn: '2026-04-10',
      method: 'post',
      issuedBy: 'Priya Shah',
    });
    expect(issued.paragraphVersions).toEqual({
      ombudsman: 1,
      escalation: 1,
      designated_person: 1,
      data_protection: 1,
    });
    const file = await t.call('letters.file', { id: draft.id });
    const bytes = Buffer.from(file.bytes, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(issued.sha256);
    const xml = documentXml(bytes);
    for (const words of [
      'Siân Llŷr',
      reference,
      'The leak was not fixed',
      'Upheld',
      'Not upheld',
      'We apologise',
    ])
      expect(xml).toContain(words.replace('&', '&amp;'));
    expect(xml).not.toContain('{{');
    // The stored file is the one on disk under its fingerprint, sealed under the store's key: the
    // file there is not the DOCX, and opens to exactly it.
    const onDisk = readFileSync(join(t.dir, 'blobs', issued.sha256!.slice(0, 2), issued.sha256!));
    expect(onDisk.includes(bytes.subarray(0, 64))).toBe(false);
    expect(Buffer.from(readVerifiedBlob(t.dir, issued.sha256!) as Uint8Array).equals(bytes)).toBe(true);

    const c = await t.call('cases.get', { idOrReference: caseId });
    expect(c.case.status).toBe('stage1_responded');
    expect(c.complaint?.facts.stage1RespondedOn).toBe('2026-04-10');
    // Frozen: no edit, no second issue.
    expect(
      (await t.refusal('letters.setSection', { id: draft.id, section: 'remedy', text: [] })).message,
    ).toMatch(/issued and cannot be changed: a correction is a new letter/);
    expect((await t.refusal('letters.issue', { id: draft.id })).message).toMatch(/already issued/);
    // Logged on the case as correspondence.
    const contacts = t.app.context.sqlite
      .prepare(
        "SELECT channel, direction, summary FROM contacts WHERE case_id = ? AND summary LIKE 'Stage 1 response%'",
      )
      .all(caseId);
    expect(contacts).toEqual([
      { channel: 'letter', direction: 'outbound', summary: 'Stage 1 response issued by post.' },
    ]);
  });

  it('writes nothing when the lifecycle refuses the step the letter evidences', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await decidedComplaint(t, '2026-04-01');
    const draft = await t.call('letters.draft', { caseId, type: 'stage1_response' });
    await t.call('letters.setSection', {
      id: draft.id,
      section: 'remedy',
      text: richFromPlain('An apology.'),
    });
    // Issued before the complaint was acknowledged: the lifecycle refuses the response date.
    const error = await t.refusal('letters.issue', { id: draft.id, on: '2026-03-31' });
    expect(error.code).toBe('VALIDATION');
    expect(t.count('contacts')).toBe(0);
    expect((await t.call('letters.get', { id: draft.id })).status).toBe('draft');
  });

  it('refuses a date in the future and a post letter to a resident with no address', async () => {
    const t = await fresh('2026-04-01');
    const { caseId } = await decidedComplaint(t, '2026-04-01');
    const draft = await t.call('letters.draft', { caseId, type: 'ack_stage1' });
    expect((await t.refusal('letters.issue', { id: draft.id, on: '2026-04-02' })).message).toMatch(/future/);
    const bare = await t.call('residents.create', {
      name: 'Zoë Ng',
      vulnerable: false,
      representativeConsent: false,
    });
    const c = await t.call('cases.open', { type: 'complaint', summary: 'Noise', residentId: bare.id });
    await t.call('cases.updateComplaint', {
      id: c.id,
      changes: { responsibilityNote: 'Noise nuisance is ours to tackle.' },
    });
    await t.call('points.add', { caseId: c.id, point: 'Loud music', outcomeSought: 'Quiet nights' });
    const ack = await t.call('letters.draft', { caseId: c.id, type: 'ack_stage1' });
    expect((await t.refusal('letters.issue', { id: ack.id, method: 'post' })).message).toMatch(
      /Zoë Ng has no postal address on record/,
    );
  });

  it('acknowledges a complaint received by issuing its acknowledgement', async () => {
    const t = await fresh('2026-04-01');
    const resident = await t.call('residents.create', {
      name: 'Ana Ruiz',
      vulnerable: false,
      representativeConsent: false,
      property: { addressLine1: '9 Quay St', town: 'Bristol', postcode: 'BS1 4DJ' },
    });
    const c = await t.call('cases.open', { type: 'complaint', summary: 'Damp', residentId: resident.id });
    await t.call('cases.updateComplaint', {
      id: c.id,
      changes: { responsibilityNote: 'Damp in the flat is ours to put right.' },
    });
    await t.call('points.add', { caseId: c.id, point: 'Mould in the bedroom', outcomeSought: 'Treat it' });
    const draft = await t.call('letters.draft', { caseId: c.id, type: 'ack_stage1' });
    expect(draft.missing).toEqual([]);
    await t.call('letters.issue', { id: draft.id });
    const after = await t.call('cases.get', { idOrReference: c.id });
    expect(after.case.status).toBe('stage1');
    expect(after.complaint?.facts.stage1AcknowledgedOn).toBe('2026-04-01');
  });

  it('keeps the CLI contract: draft → missing, text, check, issue (exit 2 naming items), get', async () => {
    const t = await fresh('2026-04-01');
    const { reference } = await decidedComplaint(t, '2026-04-01');
    await t.app.close();
    const types = await cliIn(t.dir, 'letter', 'types', reference, '--json');
    expect(types.code).toBe(0);
    expect(JSON.parse(types.out).map((o: { type: string }) => o.type)).toContain('stage1_response');
    const drafted = await cliIn(t.dir, 'letter', 'draft', reference, '--type', 'stage1_response', '--json');
    expect(drafted.code).toBe(0);
    const d = JSON.parse(drafted.out);
    expect(d).toMatchObject({ type: 'stage1_response', missing: ['remedy'] });
    expect(typeof d.id).toBe('string');
    const noFile = await cliIn(
      t.dir,
      'letter',
      'text',
      d.id,
      '--section',
      'remedy',
      '--file',
      join(t.dir, 'nope.txt'),
    );
    expect(noFile.code).toBe(2);
    expect(noFile.err).toMatch(/Cannot read .*nope\.txt: there is no such file/);
    const notReady = await cliIn(t.dir, 'letter', 'issue', d.id);
    expect(notReady.code).toBe(2);
    expect(notReady.err).toMatch(/the remedy offered/);
    expect(
      (await cliIn(t.dir, 'letter', 'text', d.id, '--section', 'remedy', '--text', 'We will fix it.')).code,
    ).toBe(0);
    expect(JSON.parse((await cliIn(t.dir, 'letter', 'check', d.id, '--json')).out)).toMatchObject({
      ready: true,
      missing: [],
    });
    const issued = await cliIn(t.dir, 'letter', 'issue', d.id, '--method', 'both', '--json');
    expect(issued.code).toBe(0);
    const i = JSON.parse(issued.out);
    expect(i).toMatchObject({ status: 'issued', method: 'both' });
    expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    const out = join(t.dir, 'out.docx');
    expect((await cliIn(t.dir, 'letter', 'get', d.id, '--out', out)).code).toBe(0);
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(i.sha256);
  });
});
