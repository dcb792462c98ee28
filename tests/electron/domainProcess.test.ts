// The domain process's protocol, run under plain Node with a stand-in for Electron's
// process.parentPort and MessagePortMain: ports are served, calls are answered by id from a real
// store, and 'shutdown' closes the store before exiting.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

class FakePort extends EventEmitter {
  started = false;
  readonly sent: unknown[] = [];
  postMessage(message: unknown): void {
    this.sent.push(message);
    this.emit('sent', message);
  }
  start(): void {
    this.started = true;
  }
  /** What the window would do: post a request and wait for the answer with that id. */
  call(
    id: number,
    procedure: string,
    input: unknown,
  ): Promise<{ id: number; result: { ok: boolean; value?: unknown; error?: { code: string } } }> {
    return new Promise((done) => {
      const onSent = (message: { id: number }): void => {
        if (message.id !== id) return;
        this.off('sent', onSent);
        done(message as never);
      };
      this.on('sent', onSent);
      this.emit('message', { data: { id, procedure, input }, ports: [] });
    });
  }
}

class FakeParentPort extends EventEmitter {
  postMessage(message: unknown): void {
    this.emit('sent', message);
  }
}

const parentPort = new FakeParentPort();
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'redress-domain-'));
  vi.stubEnv('REDRESS_DATA_DIR', dataDir);
  (process as unknown as { parentPort: unknown }).parentPort = parentPort;
  const ready = new Promise((done) => parentPort.once('sent', done));
  await import('../../src/main/electron/domainProcess');
  expect(await ready).toEqual({ type: 'ready' });
});

afterAll(() => {
  vi.unstubAllEnvs();
  delete (process as unknown as { parentPort?: unknown }).parentPort;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('domain process', () => {
  it('serves each port it is given and answers calls by id', async () => {
    const a = new FakePort();
    const b = new FakePort();
    parentPort.emit('message', { data: { type: 'port' }, ports: [a, b] });
    expect(a.started && b.started).toBe(true);

    const [first, second] = await Promise.all([
      a.call(1, 'app.status', {}),
      b.call(7, 'no.such.procedure', {}),
    ]);
    expect(first.id).toBe(1);
    expect(first.result.ok).toBe(true);
    expect((first.result.value as { dataDir: string }).dataDir).toBe(dataDir);
    expect(second.id).toBe(7);
    expect(second.result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it('ignores messages without an id and answers malformed ones with VALIDATION', async () => {
    const port = new FakePort();
    parentPort.emit('message', { data: { type: 'port' }, ports: [port] });
    port.emit('message', { data: { procedure: 'app.status' }, ports: [] });
    port.emit('message', { data: null, ports: [] });
    const bad = await port.call(3, '', {});
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(port.sent).toHaveLength(1);
  });

  it('closes the store and exits on shutdown', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    parentPort.emit('message', { data: { type: 'shutdown' }, ports: [] });
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    exit.mockRestore();
  });
});
