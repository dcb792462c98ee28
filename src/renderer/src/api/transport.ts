// Two ways to reach the domain: Electron's preload bridge, or the local host over HTTP.
import type { ErrorPayload, Result } from '../../../shared/contract';
import type { Transport } from '../../../shared/contract/client';
import { isErrorPayload } from '../../../shared/contract/errors';
import { readToken } from './token';

interface RedressBridge {
  invoke(procedure: string, input: unknown): Promise<Result<unknown>>;
  pickFolder?(title: string): Promise<string | null>;
  openFile?(fileName: string, bytes: Uint8Array): Promise<string>;
  onLocked?(listener: () => void): () => void;
}

type Listener = () => void;
const unauthorisedListeners = new Set<Listener>();

/** Called when the local host refuses this window's access key (HTTP 401). */
export function onUnauthorised(listener: Listener): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

const signedOutListeners = new Set<Listener>();

/**
 * Called whenever any procedure answers SIGNED_OUT (the app was locked elsewhere, or this person
 * was deactivated by another computer's sync): the window must show the sign-in screen.
 */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * Called when the desktop app locked Redress itself (the computer went to sleep or its screen was
 * locked); never in a browser.
 */
export function onLockedByComputer(listener: Listener): () => void {
  return bridge()?.onLocked?.(listener) ?? (() => undefined);
}

function failure(code: ErrorPayload['code'], message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

function bridge(): RedressBridge | null {
  const candidate = (window as unknown as { redress?: RedressBridge }).redress;
  return candidate && typeof candidate.invoke === 'function' ? candidate : null;
}

export function isElectron(): boolean {
  return bridge() !== null;
}

/** The system folder picker where the desktop app offers one; null in a browser. */
export function folderPicker(): ((title: string) => Promise<string | null>) | null {
  const b = bridge();
  return b?.pickFolder ? (title) => b.pickFolder!(title) : null;
}

/** The system's viewer for a file, where the desktop app offers one ('' when it opened, else why not); null in a browser. */
export function fileOpener(): ((fileName: string, bytes: Uint8Array) => Promise<string>) | null {
  const b = bridge();
  return b?.openFile ? (fileName, bytes) => b.openFile!(fileName, bytes) : null;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; error?: unknown };
  return r.ok === true || (r.ok === false && isErrorPayload(r.error));
}

const electronTransport =
  (b: RedressBridge): Transport =>
  async (procedure, input) => {
    try {
      const result = await b.invoke(procedure, input);
      return isResult(result)
        ? result
        : failure('INTERNAL', 'Redress sent back an answer this window could not read.');
    } catch {
      return failure('INTERNAL', 'Redress could not reach its data store. Try again, or restart the app.');
    }
  };

const httpTransport: Transport = async (procedure, input) => {
  const token = readToken();
  if (!token) {
    unauthorisedListeners.forEach((l) => l());
    return failure('UNAUTHORISED', 'This window has no access key.');
  }
  let response: Response;
  try {
    response = await fetch('/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ procedure, input: input ?? {} }),
    });
  } catch {
    return failure(
      'INTERNAL',
      'Redress is not answering. Check that `npm start` is still running, then try again.',
    );
  }
  if (response.status === 401) {
    unauthorisedListeners.forEach((l) => l());
    return failure('UNAUTHORISED', 'This window’s access key is missing or out of date.');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure('INTERNAL', `Redress answered with an unreadable response (HTTP ${response.status}).`);
  }
  return isResult(body)
    ? body
    : failure('INTERNAL', `Redress answered with an unexpected response (HTTP ${response.status}).`);
};

/** Tells the sign-in listeners about every SIGNED_OUT answer, whichever screen asked. */
const watchingSignOut =
  (transport: Transport): Transport =>
  async (procedure, input) => {
    const result = await transport(procedure, input);
    if (!result.ok && result.error.code === 'SIGNED_OUT') signedOutListeners.forEach((l) => l());
    return result;
  };

export function pickTransport(): Transport {
  const b = bridge();
  return watchingSignOut(b ? electronTransport(b) : httpTransport);
}
