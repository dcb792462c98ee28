// This computer's date format: English (UK) until changed, kept across a restart, refused when it
// is not one Redress knows, and never sent to the other laptops (a local setting).
import { afterEach, describe, expect, it } from 'vitest';
import { openRedress } from '../../src/main/app';
import { contract } from '../../src/shared/contract';
import { openTestApp, tempDir, TEST_UNLOCK } from '../helpers';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('dates and language setting', () => {
  it('is English (UK) on a new store, keeps English (US) across a restart, and refuses others', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.remove);
    const { app, call } = await openTestApp(tmp.dir);
    const changes = () =>
      (app.context.sqlite.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n;
    expect(await call('settings.locale', {})).toEqual({ locale: 'en-GB' });
    const before = changes();
    expect(await call('settings.setLocale', { locale: 'en-US' })).toEqual({ locale: 'en-US' });
    // Not a record: nothing in the change log for sync to send.
    expect(changes()).toBe(before);

    const refused = await app.dispatch('settings.setLocale', { locale: 'fr-FR' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.message).toContain('Choose English (UK) or English (US)');
    }
    await app.close();

    const again = await openRedress({ unlock: TEST_UNLOCK, dataDir: tmp.dir });
    cleanups.push(() => again.close());
    const read = await again.dispatch('settings.locale', {});
    expect(read.ok && read.value).toEqual({ locale: 'en-US' });
  });

  it('is a local setting in the contract', () => {
    expect(contract['settings.setLocale'].properties).toMatchObject({ kind: 'mutation', scope: 'local' });
  });
});
