// A complaint's page with a full investigation (issue 10's budget): 50 case notes, 20 attachments,
// 10 promised actions, remedies and points — every call the case page makes, through the real
// dispatch, beside the same rows read by raw SQLite (one indexed query per table, by case).
import type { RedressApp } from '../src/main/app';
import { paired } from './measure';
import type { Recorder, Call } from './measure';

const SUMMARY = 'Bench: the fully investigated complaint';

async function buildCase(app: RedressApp, call: Call): Promise<string> {
  const db = app.store.sqlite;
  const found = db.prepare('SELECT id FROM cases WHERE summary = ?').get(SUMMARY) as
    { id: string } | undefined;
  if (found) return found.id;
  const today = app.context.now().toISOString().slice(0, 10);
  const opened = (await call('cases.open', { type: 'complaint', summary: SUMMARY })) as { id: string };
  const caseId = opened.id;
  const points: string[] = [];
  for (const point of ['Missed appointments', 'Mould not treated', 'Not called back']) {
    const detail = (await call('points.add', { caseId, point })) as {
      complaint: { points: Array<{ id: string }> };
    };
    points.push(detail.complaint.points.at(-1)!.id);
  }
  for (let i = 0; i < 50; i++)
    await call('notes.add', {
      caseId,
      text: `Note ${i}: spoke to the contractor about visit ${i}`,
      pointId: points[i % 3],
    });
  for (let i = 0; i < 20; i++)
    await call('attachments.add', {
      caseId,
      pointId: points[i % 3],
      fileName: `visit-${i}.txt`,
      mediaType: 'text/plain',
      bytes: Buffer.from(`Visit report ${i}\n${'Wall damp at 40%. '.repeat(50)}`).toString('base64'),
    });
  const remedy = (await call('remedies.add', {
    caseId,
    kind: 'financial',
    amountPence: 15_000,
    heads: ['time_and_trouble'],
  })) as {
    id: string;
  };
  await call('remedies.add', { caseId, kind: 'apology', text: 'We are sorry for the missed visits' });
  for (let i = 0; i < 10; i++)
    await call('actions.add', {
      caseId,
      what: `Put right defect ${i}`,
      owner: 'Repairs team',
      ownerContact: '0161 555 0100',
      dueOn: today,
      ...(i === 0 ? { remedyId: remedy.id } : {}),
    });
  return caseId;
}

export async function benchCasePage(app: RedressApp, scale: number, record: Recorder): Promise<void> {
  const call: Call = async (procedure, input) => {
    const r = await app.dispatch(procedure as never, input);
    if (!r.ok) throw new Error(`${procedure}: ${r.error.message}`);
    return r.value;
  };
  const caseId = await buildCase(app, call);
  const db = app.store.sqlite;
  const raw = [
    'SELECT * FROM cases WHERE id = ?',
    'SELECT * FROM complaint_points WHERE case_id = ?',
    'SELECT * FROM case_notes WHERE case_id = ?',
    'SELECT * FROM investigation_tasks WHERE case_id = ?',
    'SELECT * FROM attachments WHERE case_id = ?',
    'SELECT * FROM remedies WHERE case_id = ?',
    'SELECT * FROM promised_actions WHERE case_id = ?',
    'SELECT * FROM action_updates WHERE case_id = ?',
    'SELECT * FROM amendments WHERE case_id = ?',
    'SELECT * FROM contacts WHERE case_id = ?',
    'SELECT * FROM changes WHERE entity_id = ?',
  ].map((q) => db.prepare(q));
  const page = await paired(
    200,
    async () => {
      await call('cases.get', { idOrReference: caseId });
      await call('investigation.forCase', { caseId });
      await call('attachments.list', { caseId });
      await call('remedies.list', { caseId });
      await call('actions.forCase', { caseId });
      await call('amendments.list', { caseId });
      await call('learning.get', { caseId });
    },
    () => {
      for (const q of raw) q.all(caseId);
    },
  );
  record(
    scale,
    'case page data: 50 notes, 20 attachments, 10 actions (7 calls)',
    page.a.median,
    page.b.median,
    10,
  );
}
