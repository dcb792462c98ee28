// What every share backend is opened with. Both cloud SDKs wait forever on a server that accepts
// a connection and never answers (measured, object-store-research.md §3), so each request gets a
// deadline and the sync's cancel signal of its own; GuardedShareFs still stands around them all.
export interface BackendOptions {
  /** Each request is given up after this long. */
  timeoutMs?: number;
  /** Cancels every request under way (stop, disconnect, cancel). */
  signal?: AbortSignal;
  /** What the setup probe found on this store (kept in meta `share_create_only`); unknown before it ran. */
  createOnly?: 'atomic' | 'check-then-write';
  /** An HTTP(S) proxy, from the system's settings (Electron) or HTTPS_PROXY; null for none. */
  proxy?: string | null;
}

/** How long one request to an object store may take before the share counts as not responding. */
export const REQUEST_TIMEOUT_MS = 20_000;
