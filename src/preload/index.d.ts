// What the preload puts on `window` (the renderer's only way into Redress under Electron).
// In a browser served by the local host there is no preload: `window.redress` is undefined and the
// renderer talks to POST /rpc instead (token from the URL's #token= fragment).
import type { Result } from '../shared/contract/errors';

export interface RedressBridge {
  /**
   * Calls one procedure of the contract. Never rejects: failures come back as
   * `{ ok: false, error }` (INTERNAL with "Redress did not answer…" if nothing answers in time).
   */
  invoke(procedure: string, input: unknown): Promise<Result<unknown>>;
  /** Opens the system's folder picker (for the central share); null if the person cancels. */
  pickFolder(title: string): Promise<string | null>;
  /** Opens a copy of an attachment's (verified) bytes with the system's viewer: '' when it opened, else why not. */
  openFile(fileName: string, bytes: Uint8Array): Promise<string>;
  /** Calls `listener` whenever the desktop app locks Redress (sleep, screen lock); returns how to stop. */
  onLocked(listener: () => void): () => void;
}

declare global {
  interface Window {
    readonly redress?: RedressBridge;
  }
}
