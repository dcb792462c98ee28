// The preload: runs sandboxed, depends on nothing but `electron`, and exposes exactly one function,
// `window.redress.invoke(procedure, input) → Promise<Result>`. Calls travel over a MessagePort that
// the main process hands over (main → 'redress:port') when asked ('redress:connect'); the other end
// is the domain process. Main, not this file, validates inputs against the contract.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../shared/contract/errors';
import type { RedressBridge } from './index.d';

const TIMEOUT_MS = 60_000;

interface Request {
  id: number;
  procedure: string;
  input: unknown;
}

const pending = new Map<number, { settle(result: Result<unknown>): void }>();
const waiting: Request[] = [];
let port: MessagePort | null = null;
let nextId = 1;

function failure(code: 'INTERNAL' | 'VALIDATION', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function send(request: Request): void {
  if (!port) {
    waiting.push(request);
    return;
  }
  try {
    port.postMessage(request);
  } catch {
    // e.g. DataCloneError: the input held something that cannot be copied (a function, a DOM node).
    pending
      .get(request.id)
      ?.settle(
        failure('VALIDATION', 'This request could not be sent to Redress: its input is not plain data.'),
      );
  }
}

ipcRenderer.on('redress:port', (event: IpcRendererEvent) => {
  const [received] = event.ports;
  if (!received || port) return;
  port = received;
  port.onmessage = ({ data }: MessageEvent) => {
    const { id, result } = (data ?? {}) as { id?: unknown; result?: unknown };
    if (typeof id !== 'number') return;
    pending
      .get(id)
      ?.settle(
        isResult(result) ? result : failure('INTERNAL', 'Redress sent an answer this window could not read.'),
      );
  };
  for (const request of waiting.splice(0)) send(request);
});

ipcRenderer.send('redress:connect');

// Main says Redress locked itself (sleep, screen lock): ipcRenderer only hears main, never a page.
const lockedListeners = new Set<() => void>();
ipcRenderer.on('redress:locked', () => lockedListeners.forEach((listener) => listener()));

const bridge: RedressBridge = {
  async pickFolder(title: string): Promise<string | null> {
    const chosen: unknown = await ipcRenderer.invoke('redress:pick-folder', String(title).slice(0, 200));
    return typeof chosen === 'string' ? chosen : null;
  },
  async openFile(fileName: string, bytes: Uint8Array): Promise<string> {
    const answer: unknown = await ipcRenderer.invoke('redress:open-file', String(fileName), bytes);
    return typeof answer === 'string' ? answer : 'Redress could not open the file.';
  },
  onLocked(listener: () => void): () => void {
    if (typeof listener !== 'function') return () => undefined;
    lockedListeners.add(listener);
    return () => lockedListeners.delete(listener);
  },
  invoke(procedure: string, input: unknown): Promise<Result<unknown>> {
    if (typeof procedure !== 'string')
      return Promise.resolve(failure('VALIDATION', 'A procedure name is required.'));
    const id = nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      const timer = setTimeout(() => {
        pending
          .get(id)
          ?.settle(
            failure(
              'INTERNAL',
              `Redress did not answer within ${TIMEOUT_MS / 1000} seconds. Try again; if it keeps happening, restart Redress.`,
            ),
          );
      }, TIMEOUT_MS);
      pending.set(id, {
        settle(result) {
          clearTimeout(timer);
          pending.delete(id);
          resolve(result);
        },
      });
      send({ id, procedure, input });
    });
  },
};

contextBridge.exposeInMainWorld('redress', bridge);
