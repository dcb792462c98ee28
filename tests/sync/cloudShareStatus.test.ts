// A cloud share through the app's own procedures (share.join, sync.now, share.status), on the
// scripted S3 server: status names the backend and how taken names are refused (found by the
// setup probe), and when the store refuses the key the officer reads the store's own reason —
// ask the administrator, correct the clock — never a secret.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODES, startHostileServer, type HostileServer } from '../objectStores/hostileServer';
import { openTestApp, tempDir } from '../helpers';

const SECRET = 'cloud-status-secret-7d1e9a';

describe('a cloud share in the app', () => {
  let server: HostileServer;
  const cleanups: Array<() => unknown> = [];
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    server.reset();
    Object.assign(server.modes, DEFAULT_MODES);
  });

  async function laptop() {
    const root = tempDir('redress-cloud-status-');
    cleanups.push(root.remove);
    const t = await openTestApp(root.dir);
    cleanups.push(() => t.app.close());
    return t;
  }

  it('status says which store and that it refuses taken names itself, with no secret anywhere', async () => {
    const { call } = await laptop();
    const line = server.share('status-atomic', 'redress', SECRET);
    const status = await call('share.join', { path: line, create: true, deviceLabel: null });
    expect(status).toMatchObject({ backend: 's3', createOnly: 'atomic', credentialExpires: null });
    expect(status.path).not.toContain(SECRET);
    expect(JSON.stringify(status)).not.toContain(SECRET);
  });

  it('a store that answers 501 to conditional writes (Backblaze B2) is found out at set-up and shown as check-then-write', async () => {
    server.modes.conditional = 'not-implemented';
    const { call } = await laptop();
    const line = server.share('status-b2', '', SECRET);
    const status = await call('share.join', { path: line, create: true, deviceLabel: null });
    expect(status.createOnly).toBe('check-then-write');
    await call('sync.now', {});
    expect((await call('share.status', {})).createOnly).toBe('check-then-write');
  });

  it.each([
    ['ExpiredToken', /administrator/i],
    ['RequestTimeTooSkewed', /clock/i],
  ] as const)(
    'a store refusing the key (%s) says why in the officer’s words, without the secret',
    async (refuse, reason) => {
      const { app, call } = await laptop();
      const line = server.share(`refused-${refuse.toLowerCase()}`, '', SECRET);
      await call('share.join', { path: line, create: true, deviceLabel: null });
      server.modes.refuse = refuse;
      const result = await app.dispatch('sync.now', {});
      expect(result.ok).toBe(false);
      const message = result.ok ? '' : result.error.message;
      expect(message).toMatch(reason);
      expect(message).not.toContain(SECRET);
      const status = await call('share.status', {});
      expect(status.lastError).toMatch(reason);
      expect(JSON.stringify(status)).not.toContain(SECRET);
    },
  );
});
