import { TEST_PASSWORD, TEST_UNLOCK } from './helpers';
// A valid call of every procedure that writes, in an order that builds what the next needs (a
// resident, a complaint, a point, an Ombudsman request, a conflict from a second laptop, a share).
// Used by the after-commit test and by the contract fuzz as seeds to mutate. A new mutation in
// the contract fails tests/integration/writeAnswers.test.ts until it has an example here.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRedress, type RedressApp } from '../src/main/app';
import { contract, type ProcedureName } from '../src/shared/contract';
import { CODE_POLICY } from '../src/shared/complaints/policy';
import { issueTestLetter } from './postLetters';
import { PNG_1PX } from './attachmentFiles';

export type Call = (procedure: ProcedureName, input: unknown) => Promise<unknown>;

/** Every procedure that may write, by the contract's own declaration. */
export const WRITE_PROCEDURES = (Object.keys(contract) as ProcedureName[]).filter(
  (p) => contract[p].properties.kind === 'mutation',
);

export interface ExampleWorld {
  app: RedressApp;
  /** A folder to use as a central share, and a backup made before any record existed. */
  dir: string;
  call: Call;
}

export interface Example {
  procedure: ProcedureName;
  /** The input, built from what earlier examples left in the store. */
  input: () => Promise<unknown>;
}

const one = <T>(rows: T[]): T => {
  if (!rows[0]) throw new Error('The example needs a record an earlier example should have made');
  return rows[0];
};

/** The examples, in order, for a store whose officer is already set up. */
export function writeExamples(world: ExampleWorld): Example[] {
  const { app, dir, call } = world;
  const sql = <T>(query: string, ...args: unknown[]) => app.context.sqlite.prepare(query).all(...args) as T[];
  const complaint = () =>
    one(
      sql<{ id: string }>(`SELECT id FROM cases WHERE type = 'complaint' AND deleted_at IS NULL ORDER BY n`),
    );
  const resident = () => one(sql<{ id: string }>('SELECT id FROM residents ORDER BY n'));
  const firstPerson = () => one(sql<{ id: string }>('SELECT id FROM people ORDER BY created_at, id')).id;
  const remedy = () => one(sql<{ id: string }>(`SELECT id FROM remedies ORDER BY created_at, id`));
  const action = () => one(sql<{ id: string }>('SELECT id FROM promised_actions ORDER BY created_at, id'));
  const draftLetter = () =>
    one(
      sql<{ id: string }>(`SELECT id FROM letters WHERE status = 'draft' ORDER BY created_at DESC, id DESC`),
    );
  const share = join(dir, 'share');
  return [
    { procedure: 'residents.create', input: async () => ({ name: 'Joan Okafor', phone: '07700 900123' }) },
    {
      procedure: 'residents.update',
      input: async () => ({
        id: resident().id,
        changes: {
          email: 'joan@example.org',
          representativeName: 'Ade Okafor',
          representativeConsent: true,
          representativeConsentOn: today(app),
          home: { property: { addressLine1: '12 Oak Road', postcode: 'LS11 5QQ' }, how: 'moved' },
        },
      }),
    },
    {
      procedure: 'contacts.log',
      input: async () => ({
        residentId: resident().id,
        channel: 'phone',
        summary: 'Mould is back',
        openCaseAs: 'complaint',
      }),
    },
    {
      procedure: 'cases.open',
      input: async () => ({ type: 'service_request', summary: 'Boiler losing pressure' }),
    },
    {
      procedure: 'cases.update',
      input: async () => ({
        id: one(sql<{ id: string }>(`SELECT id FROM cases WHERE type = 'service_request'`)).id,
        changes: { summary: 'Boiler losing pressure every day' },
      }),
    },
    {
      procedure: 'cases.delete',
      input: async () => ({
        id: one(sql<{ id: string }>(`SELECT id FROM cases WHERE type = 'service_request'`)).id,
      }),
    },
    {
      procedure: 'cases.command',
      input: async () => ({
        id: complaint().id,
        command: { kind: 'acknowledge', on: today(app), how: 'phone' },
      }),
    },
    {
      procedure: 'cases.updateComplaint',
      input: async () => ({ id: complaint().id, changes: { serviceArea: 'repairs' } }),
    },
    {
      procedure: 'cases.healthAndSafety',
      input: async () => ({
        id: complaint().id,
        risk: true,
        detail: 'Mould over the cot',
        toldWhom: 'Repairs',
      }),
    },
    {
      procedure: 'cases.addParty',
      input: async () => {
        await call('residents.create', { name: 'Sam Okafor' });
        const other = one(sql<{ id: string }>(`SELECT id FROM residents WHERE name = 'Sam Okafor'`));
        return { caseId: complaint().id, residentId: other.id };
      },
    },
    {
      procedure: 'cases.contactAttempt',
      input: async () => ({
        caseId: complaint().id,
        at: app.context.now().toISOString(),
        channel: 'phone',
        outcome: 'no_answer',
      }),
    },
    {
      procedure: 'points.add',
      input: async () => ({ caseId: complaint().id, point: 'Three missed repair appointments' }),
    },
    {
      procedure: 'attachments.add',
      input: async () => ({
        caseId: complaint().id,
        pointId: one(sql<{ id: string }>('SELECT id FROM complaint_points')).id,
        fileName: 'visit-notes.txt',
        mediaType: 'text/plain',
        bytes: Buffer.from('Mould behind the wardrobe, 3 March').toString('base64'),
        caption: 'Estate visit',
      }),
    },
    {
      procedure: 'attachments.remove',
      input: async () => ({ id: one(sql<{ id: string }>('SELECT id FROM attachments')).id }),
    },
    { procedure: 'attachments.setLimit', input: async () => ({ maxBytes: 20 * 1_048_576 }) },
    {
      procedure: 'points.update',
      input: async () => ({
        id: one(sql<{ id: string }>('SELECT id FROM complaint_points')).id,
        changes: { decision: 'upheld', reasons: 'The contractor missed all three' },
      }),
    },
    {
      procedure: 'points.investigate',
      input: async () => ({
        pointId: one(sql<{ id: string }>('SELECT id FROM complaint_points')).id,
        findings: 'Two of the three visits were missed',
        basis: 'Repairs policy, section 3',
      }),
    },
    {
      procedure: 'notes.add',
      input: async () => ({ caseId: complaint().id, text: 'Called the contractor' }),
    },
    {
      procedure: 'notes.correct',
      input: async () => ({
        noteId: one(sql<{ id: string }>('SELECT id FROM case_notes ORDER BY created_at')).id,
        text: 'Called the contractor’s supervisor',
      }),
    },
    {
      procedure: 'tasks.add',
      input: async () => ({
        caseId: complaint().id,
        what: 'Check the repair log',
        withWhom: 'Repairs team',
        dueOn: app.context.now().toISOString().slice(0, 10),
      }),
    },
    {
      procedure: 'tasks.update',
      input: async () => ({
        taskId: one(sql<{ id: string }>(`SELECT id FROM investigation_tasks WHERE status = 'open'`)).id,
        changes: { dueOn: '2099-01-01' },
      }),
    },
    {
      procedure: 'tasks.complete',
      input: async () => ({
        taskId: one(sql<{ id: string }>(`SELECT id FROM investigation_tasks WHERE status = 'open'`)).id,
        answer: 'Two visits missed',
      }),
    },
    {
      procedure: 'tasks.add',
      input: async () => ({
        caseId: complaint().id,
        what: 'Ask the surveyor',
        withWhom: 'Surveyor',
        dueOn: '2099-01-01',
      }),
    },
    {
      procedure: 'tasks.cancel',
      input: async () => ({
        taskId: one(sql<{ id: string }>(`SELECT id FROM investigation_tasks WHERE status = 'open'`)).id,
        reason: 'The report answers it',
      }),
    },
    {
      procedure: 'remedies.add',
      input: async () => ({
        caseId: complaint().id,
        kind: 'financial',
        amountPence: 30_000,
        heads: ['time_and_trouble'],
      }),
    },
    {
      procedure: 'remedies.update',
      input: async () => ({ id: remedy().id, changes: { text: 'For the missed appointments' } }),
    },
    { procedure: 'remedies.approve', input: async () => ({ id: remedy().id }) },
    { procedure: 'remedies.offer', input: async () => ({ id: remedy().id, on: today(app) }) },
    { procedure: 'remedies.accept', input: async () => ({ id: remedy().id, offsetArrears: true }) },
    { procedure: 'remedies.pay', input: async () => ({ id: remedy().id }) },
    {
      procedure: 'remedies.decline',
      input: async () => {
        await call('remedies.add', {
          caseId: complaint().id,
          kind: 'explanation',
          text: 'Why it took so long',
        });
        const proposed = one(sql<{ id: string }>(`SELECT id FROM remedies WHERE status = 'proposed'`));
        await call('remedies.offer', { id: proposed.id });
        return { id: proposed.id, on: today(app) };
      },
    },
    { procedure: 'remedies.updateSettings', input: async () => ({ panelThresholdPence: 30_000 }) },
    {
      procedure: 'actions.add',
      input: async () => ({
        caseId: complaint().id,
        what: 'Replace the leaking pipe',
        owner: 'Priya Shah',
        ownerContact: '0161 555 0101',
        dueOn: '2026-12-31',
        remedyId: remedy().id,
      }),
    },
    {
      procedure: 'actions.update',
      input: async () => ({ id: action().id, method: 'phone', said: 'Plumber booked for Thursday' }),
    },
    {
      procedure: 'actions.complete',
      input: async () => ({ id: action().id, evidence: 'Job 4411 signed off' }),
    },
    // Letters come before the amendment, which issues the stage 1 response.
    { procedure: 'letters.draft', input: async () => ({ caseId: complaint().id, type: 'ack_stage1' }) },
    {
      procedure: 'letters.setSection',
      input: async () => ({
        id: draftLetter().id,
        section: 'opening',
        text: [{ kind: 'paragraph', runs: [{ text: 'Thank you for ' }, { text: 'telling us', bold: true }] }],
      }),
    },
    {
      procedure: 'letters.discard',
      input: async () => {
        await call('letters.draft', { caseId: complaint().id, type: 'ack_stage1' });
        return { id: draftLetter().id };
      },
    },
    {
      procedure: 'letters.issue',
      input: async () => {
        // What an acknowledgement must say: the definition, the landlord's part, who to contact.
        const c = complaint().id;
        await call('cases.updateComplaint', {
          id: c,
          changes: { responsibilityNote: 'The repair is ours.' },
        });
        for (const p of sql<{ id: string }>('SELECT id FROM complaint_points WHERE case_id = ?', c))
          await call('points.update', { id: p.id, changes: { outcomeSought: 'A working boiler' } });
        const me = app.context.me!;
        await call('people.update', { id: me.id, email: 'officer@example.org' });
        return { id: draftLetter().id, method: 'email' };
      },
    },
    {
      procedure: 'amendments.amend',
      input: async () => {
        // An amendment corrects what a response said: the stage 1 response goes first.
        await call('cases.command', { id: complaint().id, command: { kind: 'respond', on: today(app) } });
        return {
          recordKind: 'complaint_point',
          recordId: one(sql<{ id: string }>('SELECT id FROM complaint_points')).id,
          field: 'decision',
          value: 'partly_upheld',
          reason: 'The third appointment was cancelled by the resident',
        };
      },
    },
    {
      procedure: 'people.add',
      input: async () => ({ name: 'Tom Reid', initials: 'TR', team: 'Repairs', email: 'tom@example.org' }),
    },
    {
      procedure: 'people.update',
      input: async () => ({
        id: one(sql<{ id: string }>(`SELECT id FROM people WHERE name = 'Tom Reid'`)).id,
        phone: '020 7946 0000',
      }),
    },
    { procedure: 'teams.update', input: async () => ({ teams: ['Repairs', 'Neighbourhood team'] }) },
    {
      procedure: 'ombudsman.addRequest',
      input: async () => ({
        caseId: complaint().id,
        kind: 'evidence',
        detail: 'The repair records',
        requestedOn: today(app),
      }),
    },
    {
      procedure: 'ombudsman.markDone',
      input: async () => ({
        id: one(sql<{ id: string }>('SELECT id FROM ombudsman_requests')).id,
        doneOn: today(app),
      }),
    },
    {
      procedure: 'policy.update',
      input: async () => ({ policy: { ...CODE_POLICY, closureDays: ['2026-12-24'] } }),
    },
    {
      procedure: 'lists.setColumns',
      input: async () => ({ list: 'open_cases', columns: ['type', 'nextDeadline', 'handler'] }),
    },
    {
      procedure: 'learning.set',
      input: async () => ({
        caseId: complaint().id,
        serviceArea: 'repairs',
        rootCause: 'Appointment missed',
        lesson: 'Text residents the day before a visit',
      }),
    },
    { procedure: 'reporting.setHomes', input: async () => ({ year: 2026, count: 31_250 }) },
    {
      procedure: 'learning.updateRootCauses',
      input: async () => ({ causes: ['Appointment missed', 'Poor communication'] }),
    },
    {
      procedure: 'satisfaction.record',
      input: async () => {
        const { id } = (await call('cases.open', { type: 'enquiry', summary: 'Bin day' })) as { id: string };
        await call('cases.command', { id, command: { kind: 'close', on: today(app) } });
        return { caseId: id, handling: 4, outcome: 3, comment: 'Quick answer' };
      },
    },
    {
      procedure: 'selfAssessment.save',
      input: async () => ({
        year: 2026,
        items: [{ provision: '6.2', comply: 'yes', evidence: 'Weekly report', commentary: null }],
      }),
    },
    {
      procedure: 'annualReport.saveNarrative',
      input: async () => ({ year: 2026, sections: { introduction: 'A year of listening.' } }),
    },
    {
      procedure: 'improvements.add',
      input: async () => ({ title: 'Text reminders before repair visits', owner: 'Head of Repairs' }),
    },
    {
      procedure: 'improvements.update',
      input: async () => ({
        id: one(sql<{ id: string }>('SELECT id FROM improvements')).id,
        changes: { status: 'in_progress', youSaid: 'You said contractors did not turn up.' },
      }),
    },
    {
      procedure: 'improvements.link',
      input: async () => ({
        improvementId: one(sql<{ id: string }>('SELECT id FROM improvements')).id,
        caseId: complaint().id,
      }),
    },
    {
      procedure: 'improvements.unlink',
      input: async () => ({
        improvementId: one(sql<{ id: string }>('SELECT id FROM improvements')).id,
        caseId: complaint().id,
      }),
    },
    {
      procedure: 'templates.import',
      input: async () => ({
        letterType: 'closure',
        name: 'Our closure letter',
        fileName: 'closure.docx',
        bytes: readFileSync(join(__dirname, '..', 'resources', 'templates', 'closure.docx')).toString(
          'base64',
        ),
      }),
    },
    {
      procedure: 'templates.retire',
      input: async () => ({
        id: one(sql<{ id: string }>('SELECT id FROM letter_templates WHERE deleted_at IS NULL')).id,
      }),
    },
    { procedure: 'settings.setLocale', input: async () => ({ locale: 'en-US' }) },
    {
      procedure: 'post.markPosted',
      input: async () => {
        const { id } = await issueTestLetter(app, {
          caseId: complaint().id,
          issuedOn: today(app),
          addressee: { name: 'Joan Okafor', addressLines: ['1 Mill Lane', 'Leeds', 'LS1 4AB'] },
        });
        return { ids: [id], on: today(app) };
      },
    },
    {
      procedure: 'post.export',
      input: async () => ({ from: today(app), to: today(app), folder: join(dir, 'post-export') }),
    },
    {
      procedure: 'post.cancelExport',
      input: async () => {
        const started = (await call('post.export', {
          from: today(app),
          to: today(app),
          folder: join(dir, 'post-export-cancelled'),
        })) as { exportId: string };
        return { exportId: started.exportId };
      },
    },
    {
      procedure: 'houseStyle.set',
      input: async () => ({
        landlordName: 'Riverside Homes',
        addressLines: ['1 Quay Street', 'Riverside', 'RV1 2AB'],
        phone: '0113 496 0000',
        email: 'complaints@riverside.example.org',
        website: 'riverside.example.org',
        signOff: 'Yours sincerely',
        logo: { fileName: 'logo.png', bytes: PNG_1PX.toString('base64') },
      }),
    },
    {
      procedure: 'paragraphs.save',
      input: async () => ({
        key: 'data_protection',
        text: 'We use your information only to look into and answer your complaint.',
        note: 'Shorter wording',
      }),
    },
    {
      procedure: 'attention.resolveConflict',
      input: async () => {
        // A second laptop triages the complaint differently without having seen this one's change.
        await call('cases.open', { type: 'service_request', summary: 'Gutter overflowing' });
        mkdirSync(share, { recursive: true });
        await call('share.join', { path: share, create: true, deviceLabel: null });
        await call('sync.folder', { path: share });
        const other = await openRedress({ unlock: TEST_UNLOCK, dataDir: join(dir, 'other') });
        try {
          const otherCall = async (p: ProcedureName, input: unknown) => {
            const r = await other.dispatch(p, input);
            if (!r.ok) throw new Error(`${p}: ${r.error.message}`);
            return r.value;
          };
          await otherCall('people.setUpOfficer', {
            password: TEST_PASSWORD,
            name: 'Sam Lee',
            initials: 'SL',
            role: 'admin',
          });
          // The second laptop joins with a join code from this one, which vouches for it.
          const { code } = (await call('share.joinCode', {})) as { code: string };
          await otherCall('share.join', { path: share, create: false, deviceLabel: null, code });
          await call('sync.folder', { path: share });
          await otherCall('sync.folder', { path: share });
          const { id } = one(
            sql<{ id: string }>(`SELECT id FROM cases WHERE type = 'service_request' AND deleted_at IS NULL`),
          );
          await otherCall('cases.update', { id, changes: { type: 'enquiry' } });
          await call('cases.update', { id, changes: { type: 'compliment' } });
          await otherCall('sync.folder', { path: share });
        } finally {
          await other.close();
        }
        await call('sync.folder', { path: share });
        const item = one(
          sql<{ id: string }>(`SELECT id FROM attention WHERE kind = 'conflict' AND resolved_at IS NULL`),
        );
        const options = (await call('attention.list', {})) as Array<{
          id: string;
          options: Array<{ hlc: string }>;
        }>;
        return { id: item.id, chosen: one(options.find((o) => o.id === item.id)!.options).hlc };
      },
    },
    {
      procedure: 'resident.erase',
      input: async () => {
        const r = (await call('residents.create', { name: 'Ezra Pemberton', phone: '07700 900555' })) as {
          id: string;
        };
        const { id } = (await call('cases.open', {
          type: 'enquiry',
          summary: 'Bin day',
          residentId: r.id,
        })) as {
          id: string;
        };
        await call('cases.command', { id, command: { kind: 'close', on: today(app) } });
        return { residentId: r.id, reason: 'Retention period over' };
      },
    },
    {
      procedure: 'share.connect',
      input: async () => ({ path: share, create: false, deviceLabel: 'Front desk' }),
    },
    { procedure: 'sync.now', input: async () => ({}) },
    { procedure: 'share.snapshot', input: async () => ({ path: share }) },
    { procedure: 'share.gc', input: async () => ({ path: share }) },
    {
      procedure: 'share.migrate',
      input: async () => ({
        from: share,
        to: join(dir, `moved-share-${Math.random().toString(36).slice(2, 8)}`),
      }),
    },
    { procedure: 'sync.folder', input: async () => ({ path: share }) },
    { procedure: 'share.join', input: async () => ({ path: share, create: false, deviceLabel: null }) },
    { procedure: 'share.reidentify', input: async () => ({ deviceLabel: 'Front desk (new)' }) },
    { procedure: 'share.newIdentity', input: async () => ({ path: share, deviceLabel: null }) },
    { procedure: 'share.joinCode', input: async () => ({}) },
    {
      procedure: 'share.approve',
      input: async () => {
        // A computer that joined without a code (a key file, or a code that expired): it waits for
        // an administrator's approval.
        const stranger = await openRedress({ unlock: TEST_UNLOCK, dataDir: join(dir, 'stranger') });
        try {
          const r = await stranger.dispatch('people.setUpOfficer', {
            password: TEST_PASSWORD,
            name: 'Kit Marsh',
            initials: 'KM',
            role: 'admin',
          });
          if (!r.ok) throw new Error(r.error.message);
          const { code } = (await call('share.joinCode', {})) as { code: string };
          const joined = await stranger.dispatch('share.join', {
            path: share,
            create: false,
            deviceLabel: null,
            code,
          });
          if (!joined.ok) throw new Error(joined.error.message);
          return { replicaId: stranger.context.installation.id };
        } finally {
          await stranger.close();
        }
      },
    },
    { procedure: 'share.disconnect', input: async () => ({}) },
    { procedure: 'backup.daily', input: async () => ({}) },
    { procedure: 'session.setLockAfter', input: async () => ({ minutes: 15 }) },
    {
      procedure: 'session.changePassword',
      input: async () => ({ current: TEST_PASSWORD, next: TEST_PASSWORD }),
    },
    { procedure: 'session.newRecoveryKey', input: async () => ({}) },
    {
      procedure: 'session.recoveryPeople',
      input: async () => ({ recoveryKey: (await app.session.newRecoveryKey()).recoveryKey }),
    },
    {
      procedure: 'session.recover',
      input: async () => ({
        recoveryKey: (await app.session.newRecoveryKey()).recoveryKey,
        personId: firstPerson(),
        next: TEST_PASSWORD,
      }),
    },
    {
      // Someone given a temporary password signs in with it, and chooses their own.
      procedure: 'session.choosePassword',
      input: async () => {
        const given = (await call('people.add', {
          name: 'Tess Temple',
          initials: 'TT',
          password: 'a temporary password',
        })) as { id: string } | null;
        if (given) await call('session.signIn', { personId: given.id, password: 'a temporary password' });
        return { next: 'her own password' };
      },
    },
    { procedure: 'session.lock', input: async () => ({}) },
    {
      // The store's first person again (the one who set it up), whoever was at the keyboard.
      procedure: 'session.signIn',
      input: async () => ({ personId: firstPerson(), password: TEST_PASSWORD }),
    },
  ];
}

/** Procedures whose example needs a store of their own: set-up, demo data and restores. */
export const FRESH_STORE_EXAMPLES: Partial<Record<ProcedureName, string>> = {
  'people.setUpOfficer': 'needs a store with no officer yet',
  'demo.seed': 'needs an empty store',
  'demo.seedEmptyStore': 'needs an empty store',
  'backup.restore': 'needs an empty store and a backup',
  'backup.restoreFromFile': 'needs an empty store and a backup file',
};

function today(app: RedressApp): string {
  return app.context.now().toISOString().slice(0, 10);
}
