// The hostile review's inputs, through the real dispatch on a real store: each implausible date,
// out-of-order date and control character is refused with a VALIDATION error naming the field and
// writes nothing; a bad value already stored (by an older version, or edited outside Redress)
// never stops a screen from opening.
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { ProcedureName } from '../../src/shared/contract';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function store() {
  const tmp = tempDir();
  cleanups.push(tmp.remove);
  // Noon in London on a Wednesday, so "tomorrow" and "today" are unambiguous.
  const app = await openRedress({
    unlock: TEST_UNLOCK,
    dataDir: tmp.dir,
    now: () => new Date('2026-12-02T12:00:00Z'),
  });
  cleanups.push(() => app.close());
  const call = async (procedure: ProcedureName, input: unknown) => {
    const r = await app.dispatch(procedure, input);
    if (!r.ok) throw new Error(`${procedure}: ${r.error.code} ${r.error.message}`);
    return r.value as unknown;
  };
  await call('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name: 'Priya Shah',
    initials: 'PS',
    role: 'officer',
  });
  const resident = (await call('residents.create', { name: 'Joan Okafor' })) as { id: string };
  const complaint = (await call('cases.open', {
    type: 'complaint',
    summary: 'Mould',
    residentId: resident.id,
  })) as {
    id: string;
  };
  await call('ombudsman.addRequest', {
    caseId: complaint.id,
    kind: 'evidence',
    detail: 'Repair records',
    requestedOn: '2026-12-01',
  });
  const request = app.context.sqlite.prepare('SELECT id FROM ombudsman_requests').get() as { id: string };
  return { app, call, caseId: complaint.id, residentId: resident.id, requestId: request.id };
}

/** Every row of every table, to prove a refused call wrote nothing anywhere. */
function everything(app: RedressApp): string {
  const db = app.context.sqlite;
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t.name}"`).all()));
}

describe('implausible and out-of-order dates are refused, and nothing is written', () => {
  const cases: Array<
    [string, ProcedureName, (ids: { caseId: string; requestId: string }) => unknown, RegExp]
  > = [
    [
      'a call dated 9999-12-31',
      'contacts.log',
      () => ({ channel: 'phone', summary: 'x', occurredAt: '9999-12-31T10:00:00Z' }),
      /between 2000 and 2099/,
    ],
    [
      'a call dated tomorrow',
      'contacts.log',
      () => ({ channel: 'phone', summary: 'x', occurredAt: '2026-12-03T10:00:00Z' }),
      /future/,
    ],
    [
      'a contact attempt in 1900',
      'cases.contactAttempt',
      ({ caseId }) => ({ caseId, at: '1900-01-01T10:00:00Z', channel: 'phone', outcome: 'no_answer' }),
      /between 2000/,
    ],
    [
      'a contact attempt tomorrow',
      'cases.contactAttempt',
      ({ caseId }) => ({ caseId, at: '2026-12-03T09:00:00Z', channel: 'phone', outcome: 'reached' }),
      /future/,
    ],
    [
      'health and safety told in 1900',
      'cases.healthAndSafety',
      ({ caseId }) => ({ id: caseId, risk: true, detail: 'Gas smell', toldAt: '1900-06-01T10:00:00Z' }),
      /between 2000/,
    ],
    [
      'an Ombudsman request in 9999',
      'ombudsman.addRequest',
      ({ caseId }) => ({ caseId, kind: 'evidence', detail: 'x', requestedOn: '9999-12-31' }),
      /between 2000/,
    ],
    [
      'an Ombudsman request in the year 0100',
      'ombudsman.addRequest',
      ({ caseId }) => ({ caseId, kind: 'order', detail: 'x', requestedOn: '0100-01-01' }),
      /between 2000/,
    ],
    [
      'an Ombudsman request in the future',
      'ombudsman.addRequest',
      ({ caseId }) => ({ caseId, kind: 'evidence', detail: 'x', requestedOn: '2026-12-10' }),
      /future/,
    ],
    [
      'an Ombudsman request due before it was made',
      'ombudsman.addRequest',
      ({ caseId }) => ({
        caseId,
        kind: 'evidence',
        detail: 'x',
        requestedOn: '2026-11-20',
        dueOn: '2026-11-01',
      }),
      /before the Ombudsman asked/,
    ],
    [
      'a request done in 1970',
      'ombudsman.markDone',
      ({ requestId }) => ({ id: requestId, doneOn: '1970-01-01' }),
      /between 2000/,
    ],
    [
      'a request done in 2099',
      'ombudsman.markDone',
      ({ requestId }) => ({ id: requestId, doneOn: '2099-01-01' }),
      /future/,
    ],
    [
      'a request done before it was made',
      'ombudsman.markDone',
      ({ requestId }) => ({ id: requestId, doneOn: '2026-11-30' }),
      /before the Ombudsman asked/,
    ],
    [
      'received in 1899',
      'cases.updateComplaint',
      ({ caseId }) => ({ id: caseId, changes: { receivedOn: '1899-12-31' } }),
      /between 2000/,
    ],
    [
      'issue noticed after receipt',
      'cases.updateComplaint',
      ({ caseId }) => ({ id: caseId, changes: { issueNoticedOn: '2026-12-02', receivedOn: '2026-11-30' } }),
      /before the issue was noticed/,
    ],
    [
      'closed before received',
      'cases.command',
      ({ caseId }) => ({ id: caseId, command: { kind: 'close', on: '2026-11-01' } }),
      /before the complaint was received/,
    ],
  ];
  it.each(cases)('%s', async (_what, procedure, input, message) => {
    const t = await store();
    const before = everything(t.app);
    const result = await t.app.dispatch(procedure, input(t));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(message);
    expect(result.error.details?.issues?.length).toBeGreaterThan(0);
    expect(everything(t.app)).toBe(before);
  });

  it('re-typing a closed service request as a complaint is refused (no received date stamped today)', async () => {
    const t = await store();
    const sr = (await t.call('cases.open', { type: 'service_request', summary: 'Boiler' })) as unknown as {
      id: string;
    };
    await t.call('cases.update', { id: sr.id, changes: { status: 'closed' } });
    const before = everything(t.app);
    const result = await t.app.dispatch('cases.update', { id: sr.id, changes: { type: 'complaint' } });
    expect(result.ok ? 'accepted' : result.error.message).toMatch(/Reopen the case/);
    expect(everything(t.app)).toBe(before);
  });
});

describe('control characters are refused wherever text comes in', () => {
  const hostile: Array<[string, ProcedureName, (ids: { caseId: string; residentId: string }) => unknown]> = [
    ['a NUL in a name', 'residents.create', () => ({ name: 'Joan\u0000Okafor' })],
    [
      'an ANSI escape as a phone number',
      'residents.update',
      ({ residentId }) => ({ id: residentId, changes: { phone: '\u001b[2J' } }),
    ],
    [
      'a bidi override in a name',
      'residents.update',
      ({ residentId }) => ({ id: residentId, changes: { name: 'Joan \u202eafakO' } }),
    ],
    [
      'an escape in a call summary',
      'contacts.log',
      () => ({ channel: 'phone', summary: 'called \u001b[31mred' }),
    ],
    [
      'a bidi isolate in a case summary',
      'cases.open',
      () => ({ type: 'enquiry', summary: 'Rent \u2066query' }),
    ],
    ['a NUL in an officer name', 'people.setUpOfficer', () => ({ name: 'Sam\u0000Lee', initials: 'SL' })],
    [
      'a line break in a phone number',
      'residents.update',
      ({ residentId }) => ({ id: residentId, changes: { phone: '0770\n0900' } }),
    ],
    [
      'a control character in a point of complaint',
      'points.add',
      ({ caseId }) => ({ caseId, point: 'Missed \u0007 visits' }),
    ],
  ];
  it.each(hostile)('%s', async (_what, procedure, input) => {
    const t = await store();
    const before = everything(t.app);
    const result = await t.app.dispatch(procedure, input(t));
    expect(result.ok ? 'accepted' : result.error.code).toBe('VALIDATION');
    expect(everything(t.app)).toBe(before);
  });

  it('keeps line breaks and tabs in notes', async () => {
    const t = await store();
    const opened = (await t.call('cases.open', {
      type: 'enquiry',
      summary: 'Line one\r\n\tLine two',
    })) as unknown as {
      summary: string;
    };
    expect(opened.summary).toBe('Line one\n\tLine two');
  });
});

describe('a bad value already in the store never stops a screen', () => {
  it('opens the case showing the value as invalid, and lists work and cases', async () => {
    const t = await store();
    const db = t.app.context.sqlite;
    // What an older version stored from requestedOn 9999-12-31, and a date edited outside Redress.
    db.prepare(`UPDATE ombudsman_requests SET due_on = '+010000-01'`).run();
    db.prepare(`UPDATE cases SET received_on = '2026-02-30' WHERE id = ?`).run(t.caseId);
    // The change log is append-only (its triggers refuse edits): an edit outside Redress gets past
    // them the way a restore does, through audit_unlock.
    db.prepare(`INSERT INTO audit_unlock (reason) VALUES ('test: edited outside Redress')`).run();
    db.prepare(`UPDATE changes SET new_value = '{not json' WHERE seq = (SELECT max(seq) FROM changes)`).run();
    db.prepare(`DELETE FROM audit_unlock`).run();
    const page = (await t.call('cases.get', { idOrReference: t.caseId })) as unknown as {
      complaint: { invalidValues: Array<{ field: string; value: string }>; deadline: unknown };
    };
    expect(page.complaint.invalidValues.map((v) => v.value).sort()).toEqual(['+010000-01', '2026-02-30']);
    await t.call('work.list', { mine: true });
    await t.call('work.list', {});
    await t.call('cases.list', {});
    await t.call('attention.list', {});
  });
});
