// Backup and restore on real stores: every record kind round-trips to the same sync state, a
// store that synced with two others comes back whole and rejoins, and a damaged, newer or
// misplaced backup is refused with a plain message and nothing written.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callProcedure } from '../../src/main/router/rpc';
import { RECORD_KINDS } from '../../src/main/store/registry';
import { stateHash } from '../../src/main/store/stateHash';
import { createShare, syncOnce } from '../../src/main/sync/engine';
import { joinShareFrom } from '../sync/harness';
import { NodeShareFs } from '../../src/main/sync/nodeShareFs';
import { openRedress } from '../../src/main/app';
import { cliIn, openTestApp, tempDir, TEST_PASSWORD } from '../helpers';
import { createHash } from 'node:crypto';
import type { RestoreResult, Result } from '../../src/shared/contract';
import type { SessionStatus } from '../../src/shared/contract/session';

type Laptop = Awaited<ReturnType<typeof openTestApp>>;

async function takeBackup(t: Laptop) {
  return t.call('backup.export', {});
}

async function restoreInto(t: Laptop, content: string) {
  return t.app.dispatch('backup.restore', { content }) as Promise<Result<RestoreResult>>;
}

/** The backup with its body changed by `edit` and the checksum made right again (a forged file). */
function reSealed(content: string, edit: (body: string) => string): string {
  const body = edit(content.slice(0, content.lastIndexOf('\n"checksum":"')));
  return `${body}\n"checksum":"${createHash('sha256').update(body).digest('hex')}"}\n`;
}

/** The same backup as if written by a later Redress (schema version + 1). */
const fromNewerVersion = (content: string) =>
  reSealed(content, (body) =>
    body.replace(/"schemaVersion":(\d+)/, (_m, v: string) => `"schemaVersion":${Number(v) + 1}`),
  );

describe('backup and restore', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function laptop(root: string, name: string, officer = true): Promise<Laptop> {
    const t = await openTestApp(join(root, name), { officer });
    cleanups.push(() => t.app.close());
    return t;
  }

  function root(): string {
    const r = tempDir('redress-backup-');
    cleanups.push(r.remove);
    return r.dir;
  }

  /** The demo data plus what it does not make, so every record kind is in the backup. */
  async function everyRecordKind(t: Laptop) {
    await t.call('demo.seed', { cases: 60, seed: 60 });
    const today = t.app.context.now().toISOString().slice(0, 10);
    const { id } = await t.call('cases.open', { type: 'complaint', summary: 'Three missed repairs' });
    const withPoint = await t.call('points.add', {
      caseId: id,
      point: 'Missed appointments',
      outcomeSought: 'A fixed date',
    });
    // The investigation's record kinds (case notes and tasks).
    const pointId = withPoint.complaint.points[0]!.id;
    const note = await t.call('notes.add', { caseId: id, text: 'Spoke to the contractor', pointId });
    await t.call('notes.correct', { noteId: note.id, text: 'Spoke to the contractor’s supervisor' });
    await t.call('tasks.add', {
      caseId: id,
      what: 'Repair log',
      withWhom: 'Repairs team',
      dueOn: today,
      pointId,
    });
    const acknowledged = await t.call('cases.command', {
      id,
      command: { kind: 'acknowledge', on: today, how: 'phone' },
    });
    await t.call('cases.command', {
      id,
      command: {
        kind: 'extend',
        newDue: acknowledged.complaint.latestExtendedResponse!,
        reason: "Waiting for the surveyor's report",
        residentToldOn: today,
      },
    });
    await t.call('ombudsman.addRequest', {
      caseId: id,
      kind: 'evidence',
      detail: 'The repair log',
      requestedOn: today,
    });
    const neighbour = t.app.context.sqlite.prepare('SELECT id FROM residents LIMIT 1').get() as {
      id: string;
    };
    await t.call('cases.addParty', { caseId: id, residentId: neighbour.id });
    const remedy = await t.call('remedies.add', {
      caseId: id,
      kind: 'financial',
      amountPence: 15_000,
      heads: ['time_and_trouble'],
    });
    const action = await t.call('actions.add', {
      caseId: id,
      what: 'Fix the gutter',
      owner: 'Repairs team',
      ownerContact: '0161 555 0100',
      dueOn: today,
      remedyId: remedy.id,
    });
    await t.call('actions.update', { id: action.id, method: 'phone', said: 'Booked for Friday' });
    // People to hand work to, and an amendment to an issued decision.
    await t.call('people.add', { name: 'Wendy Okonjo', initials: 'WO', team: 'Repairs' });
    await t.call('teams.update', { teams: ['Repairs', 'Neighbourhood team'] });
    await t.call('points.update', {
      id: pointId,
      changes: { decision: 'not_upheld', reasons: 'Visits kept' },
    });
    await t.call('cases.command', { id, command: { kind: 'respond', on: today } });
    await t.call('amendments.amend', {
      recordKind: 'complaint_point',
      recordId: pointId,
      field: 'decision',
      value: 'upheld',
      reason: 'The repair log shows a missed visit',
    });
    // A letter (a draft is enough: the record kind is what the backup carries).
    await t.call('letters.draft', { caseId: id, type: 'closure' });
    await t.call('attachments.add', {
      caseId: id,
      fileName: 'repair-log.csv',
      bytes: Buffer.from('date,job\n2026-03-02,missed\n').toString('base64'),
    });
    // The landlord's own letter template (its file is in the blob store).
    await t.call('templates.import', {
      letterType: 'closure',
      name: 'Our closure letter',
      fileName: 'closure.docx',
      bytes: readFileSync(join(__dirname, '..', '..', 'resources', 'templates', 'closure.docx')).toString(
        'base64',
      ),
    });
    await t.call('paragraphs.save', {
      key: 'designated_person',
      text: 'You can also ask your MP, a councillor or our tenant panel to help with your complaint.',
      note: 'Plainer wording',
    });
    const policy = await t.call('policy.get', {});
    await t.call('policy.update', { policy: { ...policy.policy, stage1ResponseDays: 9 } });
    // An erasure (its record, and the erased records it reached, are what a backup carries).
    const gone = await t.call('residents.create', { name: 'Ezra Pemberton' });
    const closed = await t.call('cases.open', { type: 'enquiry', summary: 'Bin day', residentId: gone.id });
    await t.call('cases.command', {
      id: closed.id,
      command: { kind: 'close', on: closed.createdAt.slice(0, 10) },
    });
    await t.call('resident.erase', { residentId: gone.id, reason: 'Retention period over' });
    // The annual report's own records: a self-assessment answer and a narrative section.
    await t.call('selfAssessment.save', {
      year: 2026,
      items: [{ provision: '6.2', comply: 'yes', evidence: 'Weekly report', commentary: null }],
    });
    await t.call('annualReport.saveNarrative', { year: 2026, sections: { introduction: 'Our year' } });
    const counts = Object.fromEntries(
      Object.values(RECORD_KINDS).map((k) => [
        k.table,
        (t.app.context.sqlite.prepare(`SELECT count(*) AS n FROM ${k.table}`).get() as { n: number }).n,
      ]),
    );
    for (const [table, n] of Object.entries(counts))
      expect(n, `${table} in the demo data`).toBeGreaterThan(0);
    return counts;
  }

  it('rebuilds an empty store identical to the original, every record kind included', async () => {
    const dir = root();
    const original = await laptop(dir, 'original');
    const counts = await everyRecordKind(original);
    const { content, summary } = await takeBackup(original);
    for (const [table, n] of Object.entries(counts)) expect(summary.counts[table], table).toBe(n);
    expect(summary.counts.changes).toBeGreaterThan(0);

    const fresh = await laptop(dir, 'fresh', false);
    const restored = await restoreInto(fresh, content);
    expect(restored.ok).toBe(true);
    expect(stateHash(fresh.app.context)).toBe(stateHash(original.app.context));

    // The restored store works: the same officer, the same cases, searchable, and it can write.
    expect(fresh.app.context.me?.name).toBe('Priya Shah');
    const list = await fresh.call('cases.list', { limit: 50 });
    expect(list.items).toEqual((await original.call('cases.list', { limit: 50 })).items);
    const someone = original.app.context.sqlite.prepare('SELECT id, name FROM residents LIMIT 1').get() as {
      id: string;
      name: string;
    };
    const found = await fresh.call('residents.find', { query: someone.name.split(' ')[0]! });
    expect(found.map((r) => r.id)).toContain(someone.id);
    const opened = await fresh.call('cases.open', { type: 'enquiry', summary: 'After the restore' });
    expect(opened.reference).toMatch(/^RD-/);
  });

  it('is also the same file twice: a backup of the restored store equals the original backup', async () => {
    const dir = root();
    const original = await laptop(dir, 'original');
    await original.call('demo.seed', { cases: 20, seed: 20 });
    const first = await takeBackup(original);
    const fresh = await laptop(dir, 'fresh', false);
    expect((await restoreInto(fresh, first.content)).ok).toBe(true);
    const second = await takeBackup(fresh);
    expect(second.summary.counts).toEqual(first.summary.counts);
  });

  it('restores a store that synced with two others, which then rejoins the share and converges', async () => {
    const dir = root();
    const share = join(dir, 'share');
    mkdirSync(share);
    const fs = new NodeShareFs(share);
    const [a, b, c] = [await laptop(dir, 'a'), await laptop(dir, 'b'), await laptop(dir, 'c')];
    await createShare(a.app.context, fs, { deviceLabel: 'Office PC' });
    await joinShareFrom({ context: a.app.context, fs }, b.app.context, fs, { deviceLabel: 'Laptop B' });
    await joinShareFrom({ context: a.app.context, fs }, c.app.context, fs, { deviceLabel: 'Laptop C' });
    await a.call('demo.seed', { cases: 15, seed: 15 });
    const shared = await a.call('cases.open', { type: 'enquiry', summary: 'Opened on the office PC' });
    const syncAll = async (laptops: Laptop[]) => {
      for (let round = 0; round < 2; round++) for (const l of laptops) await syncOnce(l.app.context, fs);
    };
    await syncAll([a, b, c]);
    // Concurrent edits: the summary settles by last writer; the type (a decision) is put to a person.
    await b.call('cases.update', {
      id: shared.id,
      changes: { summary: 'Edited on laptop B', type: 'compliment' },
    });
    await c.call('cases.update', {
      id: shared.id,
      changes: { summary: 'Edited on laptop C', type: 'service_request' },
    });
    await syncAll([a, b, c]);
    expect((await c.call('attention.list', {})).some((i) => i.kind === 'conflict')).toBe(true);
    // A change laptop C has made but not yet shared when it is backed up.
    const unshared = await c.call('cases.open', { type: 'enquiry', summary: 'Not yet shared' });

    const { content } = await takeBackup(c);
    const replacement = await laptop(dir, 'c-replacement', false);
    expect((await restoreInto(replacement, content)).ok).toBe(true);
    expect(stateHash(replacement.app.context)).toBe(stateHash(c.app.context));

    // Laptop C is not used again; its replacement joins the share and shares what C never did.
    await joinShareFrom({ context: a.app.context, fs }, replacement.app.context, fs, {
      deviceLabel: 'Laptop C (restored)',
    });
    await syncAll([a, b, replacement]);
    expect(stateHash(a.app.context)).toBe(stateHash(replacement.app.context));
    expect(stateHash(b.app.context)).toBe(stateHash(replacement.app.context));
    expect((await a.call('cases.get', { idOrReference: unshared.reference })).case.summary).toBe(
      'Not yet shared',
    );
  });

  it('a restore through the command line: export --out, then restore --from into a new data folder', async () => {
    const dir = root();
    const run = cliIn;
    const from = join(dir, 'office');
    expect((await run(from, 'init', '--name', 'Sam Lee', '--role', 'administrator')).code).toBe(0);
    expect((await run(from, 'seed', '--cases', '40', '--json')).code).toBe(0);
    const file = join(dir, 'backup.json');
    const exported = JSON.parse((await run(from, 'export', '--json', '--out', file)).out);
    expect(exported).toMatchObject({ file, cases: 40 });
    const to = join(dir, 'new-laptop');
    const restored = await run(to, 'restore', '--from', file, '--json');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ cases: 40, officer: 'Sam Lee' });
    const [a, b] = [await laptop(dir, 'office', false), await laptop(dir, 'new-laptop', false)];
    expect(stateHash(b.app.context)).toBe(stateHash(a.app.context));
    const again = await run(join(dir, 'office'), 'restore', '--from', file);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/already holds/);
    // A nightly script writes over yesterday's file; nothing half-written is left beside it.
    const again2 = JSON.parse((await run(from, 'export', '--json', '--out', file)).out);
    expect(again2).toMatchObject({ file, cases: 40 });
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    // From a window, a procedure that names files on this computer is refused.
    const refused = await callProcedure(a.app.dispatch, {
      procedure: 'backup.exportToFile',
      input: { path: join(dir, 'from-a-window.json') },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(readdirSync(dir)).not.toContain('from-a-window.json');
    const missing = await run(join(dir, 'third'), 'restore', '--from', join(dir, 'nope.json'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/Cannot read the backup file/);
  });

  describe('on a new computer, the restored officer then signs in with their own password', () => {
    /** Reopens `dir` as Redress starts (locked), and signs in through the real dispatch. */
    async function signInAfterRestore(dir: string, officer: string) {
      const reopened = await openRedress({ dataDir: dir });
      cleanups.push(() => reopened.close());
      const status = (await reopened.dispatch('session.status', {})) as Result<SessionStatus>;
      if (!status.ok) throw new Error(status.error.message);
      expect(status.value.state).toBe('locked');
      expect(status.value.people.map((p) => p.name)).toEqual([officer]);
      const who = status.value.people[0]!.id;
      const wrong = await reopened.dispatch('session.signIn', { personId: who, password: 'not the one' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
      const signedIn = await reopened.dispatch('session.signIn', { personId: who, password: TEST_PASSWORD });
      expect(signedIn).toMatchObject({ ok: true, value: { state: 'signedIn', me: { name: officer } } });
      const cases = (await reopened.dispatch('cases.list', { limit: 50 })) as Result<{ items: unknown[] }>;
      return cases.ok ? cases.value.items.length : -1;
    }

    it('into a brand-new store (nobody set up, its interim key), which gets a key of its own', async () => {
      const dir = root();
      const original = await laptop(dir, 'original');
      await original.call('demo.seed', { cases: 12, seed: 12 });
      const { content } = await takeBackup(original);
      const fresh = await laptop(dir, 'fresh', false);
      expect(
        (await fresh.app.dispatch('session.status', {})).ok && fresh.app.session.keys().pending,
      ).toBeTruthy();
      const restored = await restoreInto(fresh, content);
      expect(restored).toMatchObject({ ok: true, value: { officerName: 'Priya Shah' } });
      // The key file now lets Priya in, and the interim key (kept in plain in keys.json) is gone.
      const keys = fresh.app.session.keys();
      expect(keys.pending).toBeNull();
      expect(keys.people.map((p) => p.name)).toEqual(['Priya Shah']);
      await fresh.app.close();
      expect(await signInAfterRestore(join(dir, 'fresh'), 'Priya Shah')).toBe(12);
    });

    it('into a store just set up for someone else, whose sign-in gives way to the restored people', async () => {
      const dir = root();
      const original = await laptop(dir, 'original');
      await original.call('demo.seed', { cases: 12, seed: 12 });
      const { content } = await takeBackup(original);
      const replacement = await laptop(dir, 'replacement', false);
      const setUp = await replacement.app.dispatch('people.setUpOfficer', {
        name: 'Temporary Name',
        initials: 'TN',
        role: 'admin',
        password: 'a temporary password',
      });
      expect(setUp.ok).toBe(true);
      const restored = await restoreInto(replacement, content);
      expect(restored).toMatchObject({ ok: true, value: { officerName: 'Priya Shah' } });
      expect(stateHash(replacement.app.context)).toBe(stateHash(original.app.context));
      expect(replacement.app.session.keys().people.map((p) => p.name)).toEqual(['Priya Shah']);
      await replacement.app.close();
      expect(await signInAfterRestore(join(dir, 'replacement'), 'Priya Shah')).toBe(12);
    });
  });

  describe('refuses, with a plain message and nothing written', () => {
    async function refusal(content: string, into?: Laptop) {
      const dir = root();
      const target = into ?? (await laptop(dir, 'target', false));
      const before = stateHash(target.app.context);
      const result = await restoreInto(target, content);
      expect(result.ok).toBe(false);
      expect(stateHash(target.app.context)).toBe(before);
      return result.ok ? null : result.error;
    }

    async function aBackup() {
      const original = await laptop(root(), 'original');
      await original.call('demo.seed', { cases: 10, seed: 10 });
      return (await takeBackup(original)).content;
    }

    it('a truncated file', async () => {
      const content = await aBackup();
      const error = await refusal(content.slice(0, Math.floor(content.length * 0.6)));
      expect(error?.code).toBe('VALIDATION');
      expect(error?.message).toMatch(/ends early|cut short/);
    });

    it('an altered file', async () => {
      const content = await aBackup();
      const at = content.indexOf('"summary":"') + 12;
      const error = await refusal(`${content.slice(0, at)}X${content.slice(at + 1)}`);
      expect(error?.code).toBe('VALIDATION');
      expect(error?.message).toMatch(/changed since Redress wrote it/);
    });

    it('a backup from a newer version of Redress', async () => {
      const error = await refusal(fromNewerVersion(await aBackup()));
      expect(error?.code).toBe('STORE_TOO_NEW');
      expect(error?.message).toMatch(/newer version of Redress/);
    });

    it('a sealed file whose rows are not what Redress stores', async () => {
      const forged = reSealed(await aBackup(), (body) => body.replace('"summary":', '"pwned":1,"summary":'));
      const error = await refusal(forged);
      expect(error?.code).toBe('VALIDATION');
      expect(error?.message).toMatch(/The backup's cases cannot be read \(row \d+/);
    });

    it('a file that is not a backup at all', async () => {
      const error = await refusal('{"format":"something-else","cases":[]}');
      expect(error?.code).toBe('VALIDATION');
      expect(error?.message).toMatch(/not a Redress backup/);
    });

    it('a store that already holds cases', async () => {
      const content = await aBackup();
      const busy = await laptop(root(), 'busy');
      await busy.call('cases.open', { type: 'enquiry', summary: 'Already here' });
      const error = await refusal(content, busy);
      expect(error?.code).toBe('CONFLICT');
      expect(error?.message).toMatch(/already holds/);
    });
  });
});
