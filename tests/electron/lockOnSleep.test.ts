// The desktop app locks Redress when the computer sleeps or its screen locks: main's channel to
// the domain carries `session.lock` like any window's call (here straight into a real store's
// dispatch, as the domain process serves a port), and the window is told only afterwards.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockOnSleep, type LockPort } from '../../src/main/electron/lockOnSleep';
import { callProcedure } from '../../src/main/router/rpc';
import { openTestApp, tempDir, type TestApp } from '../helpers';

/** One end of a channel whose other end is served as the domain process serves a window's port. */
class ServedPort extends EventEmitter implements LockPort {
  closed = false;
  constructor(private readonly app: TestApp) {
    super();
  }
  postMessage(message: unknown): void {
    const { id } = message as { id: number };
    void callProcedure(this.app.dispatch, message).then((result) =>
      this.emit('message', { data: { id, result } }),
    );
  }
  start(): void {}
  close(): void {
    this.closed = true;
  }
}

describe('locking on sleep and screen lock', () => {
  let temp: ReturnType<typeof tempDir>;
  let app: TestApp;
  let power: EventEmitter;

  beforeEach(async () => {
    temp = tempDir('redress-lock-on-sleep-');
    ({ app } = await openTestApp(temp.dir));
    power = new EventEmitter();
  });

  afterEach(async () => {
    await app.close();
    temp.remove();
  });

  async function state(): Promise<string> {
    const result = await app.dispatch('session.status', {});
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { state: string }).state;
  }

  it.each(['suspend', 'lock-screen'])(
    'on %s: locks the store, closes its channel, then tells the window',
    async (event) => {
      expect(await state()).toBe('signedIn');
      const ports: ServedPort[] = [];
      const told = new Promise<string>((done) => {
        lockOnSleep({
          powerMonitor: power,
          openChannel: () => {
            const port = new ServedPort(app);
            ports.push(port);
            return port;
          },
          tellWindow: () => void state().then(done),
        });
      });
      power.emit(event);
      // When the window hears of it, the domain is locked already.
      expect(await told).toBe('locked');
      expect(ports).toHaveLength(1);
      expect(ports[0]!.closed).toBe(true);
    },
  );

  it('still tells the window when the domain process is not running or does not answer', async () => {
    let told = 0;
    const silent: LockPort = { postMessage() {}, on() {}, start() {}, close() {} };
    const channels: Array<LockPort | null> = [null, silent];
    lockOnSleep({
      powerMonitor: power,
      openChannel: () => channels.shift() ?? null,
      tellWindow: () => told++,
      timeoutMs: 50,
    });
    power.emit('suspend');
    power.emit('lock-screen');
    await expect.poll(() => told, { timeout: 2000 }).toBe(2);
    // Nothing locked the store: the window asks where things stand when it is told.
    expect(await state()).toBe('signedIn');
  });
});
