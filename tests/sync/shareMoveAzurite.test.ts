// Moving a share from a folder to Azure Blob Storage (Azurite), re-pointing and converging there,
// then garbage collection on the container: refused without the delete right (nothing changed),
// done with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/main/sync/gc';
import { Azurite } from '../objectStores/azurite';
import { call, caseIds, filesIn, Office, segmentsOf, stateHashOf, work } from './office';

let azurite: Azurite;
let office: Office;
beforeAll(async () => {
  azurite = await Azurite.start();
});
afterAll(async () => {
  await office?.close();
  await azurite?.stop();
});

describe('share migrate and share gc on Azure Blob Storage (Azurite)', () => {
  it('folder → Azure: both computers re-point and converge; gc without the delete right changes nothing, with it removes', async () => {
    office = new Office();
    const { x, a, b } = await office.workingPair();
    const container = await azurite.container();
    const line = azurite.sasLine(container);
    const moved = await call(a, 'share.migrate', { from: x, to: line });
    expect(moved).toMatchObject({
      files: filesIn(x).size,
      copied: filesIn(x).size,
      verified: filesIn(x).size,
    });
    expect((await azurite.listAll(container)).sort()).toEqual([...filesIn(x).keys()].sort());

    for (const c of [a, b]) await call(c, 'share.join', { path: line, create: false, deviceLabel: null });
    await work(a, 'a-after');
    await work(b, 'b-after');
    for (const c of [a, b, a, b]) await call(c, 'sync.now', {});
    expect(await stateHashOf(a)).toBe(await stateHashOf(b));
    expect(caseIds(b)).toEqual(caseIds(a));

    // A link that may create but not delete (no `d`): refused, and nothing on the container changes.
    const before = (await azurite.listAll(container)).sort();
    const readOnly = azurite.open(azurite.sasLine(container, { permissions: 'rcl' }));
    const refused = await collectGarbage(a.app.context, readOnly);
    expect(refused.refused).toMatch(/does not let this computer remove files/);
    expect(refused.refused).not.toMatch(/sig=/);
    expect((await azurite.listAll(container)).sort()).toEqual(before);

    const gc = await call(a, 'share.gc', { path: line });
    expect(gc.segmentsRemoved).toBeGreaterThan(0);
    const left = (await azurite.listAll(container)).filter((n) =>
      n.includes(`/${a.app.context.installation.id}/seg/`),
    );
    expect(left.filter((n) => n.endsWith('.seg'))).toHaveLength(1);
    expect(segmentsOf(x, a).length, 'the old folder is left as it was').toBeGreaterThan(1);
  });
});
