// Issued letters through a real shared folder: the letter record and its frozen DOCX (by SHA-256)
// reach the other computer, which can download the very same file; a draft's sections travel too.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress, type RedressApp } from '../../src/main/app';
import type { InputOf, OutputOf, ProcedureName } from '../../src/shared/contract';
import { richFromPlain } from '../../src/shared/letters/richText';
import { tempDir, TEST_PASSWORD, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function computer(dir: string, name: string, initials: string) {
  const app: RedressApp = await openRedress({ unlock: TEST_UNLOCK, dataDir: dir });
  cleanups.push(() => app.close());
  const call = async <K extends ProcedureName>(procedure: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = await app.dispatch(procedure, input);
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`);
    return result.value as OutputOf<K>;
  };
  const me = await call('people.setUpOfficer', { password: TEST_PASSWORD, name, initials, role: 'admin' });
  await call('people.update', { id: me.id, phone: '0161 555 0199' });
  return { app, call, dir };
}

describe('letters through a real shared folder', () => {
  it('an issued letter arrives with its DOCX, byte for byte; a draft arrives with its sections', async () => {
    const tmp = tempDir('redress-letters-');
    cleanups.push(tmp.remove);
    const share = join(tmp.dir, 'share');
    mkdirSync(share);
    const a = await computer(join(tmp.dir, 'a'), 'Priya Shah', 'PS');
    const b = await computer(join(tmp.dir, 'b'), 'Tom Reid', 'TR');
    await a.call('share.join', { path: share, create: true, deviceLabel: 'Office laptop' });
    // The second computer joins with a join code shown on the first, which vouches for it.
    const { code } = await a.call('share.joinCode', {});
    await b.call('share.join', { path: share, create: false, deviceLabel: 'Estate laptop', code });

    const resident = await a.call('residents.create', {
      name: 'Zoë O’Brien-Éclair',
      property: { addressLine1: '12 Canal St', town: 'Leeds', postcode: 'LS1 4AB' },
    });
    const c = await a.call('cases.open', { type: 'complaint', summary: 'Heating', residentId: resident.id });
    const today = a.app.context.now().toISOString().slice(0, 10);
    await a.call('cases.command', { id: c.id, command: { kind: 'acknowledge', on: today, how: 'phone' } });
    const p = (
      await a.call('points.add', { caseId: c.id, point: 'No heating for a week', outcomeSought: 'Heat' })
    ).complaint.points[0]!;
    await a.call('points.update', {
      id: p.id,
      changes: { decision: 'upheld', reasons: 'The boiler part was late' },
    });
    const draft = await a.call('letters.draft', { caseId: c.id, type: 'stage1_response' });
    await a.call('letters.setSection', {
      id: draft.id,
      section: 'remedy',
      text: richFromPlain('£50 & an apology.'),
    });
    const issued = await a.call('letters.issue', { id: draft.id, method: 'post' });
    const second = await a.call('letters.draft', { caseId: c.id, type: 'closure' });

    await a.call('sync.folder', { path: share });
    await b.call('sync.folder', { path: share });

    const onB = await b.call('letters.list', { caseId: c.id });
    expect(onB.map((l) => [l.type, l.status])).toEqual([
      ['closure', 'draft'],
      ['stage1_response', 'issued'],
    ]);
    const file = await b.call('letters.file', { id: issued.id });
    expect(createHash('sha256').update(Buffer.from(file.bytes, 'base64')).digest('hex')).toBe(issued.sha256);
    expect((await b.call('letters.get', { id: second.id })).sections.map((s) => s.name)).toEqual(['closing']);
    expect((await b.call('cases.get', { idOrReference: c.id })).case.status).toBe('stage1_responded');
  });
});
