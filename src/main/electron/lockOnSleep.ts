// Locks Redress when the computer sleeps or its screen is locked (lid closed, Windows+L): main
// asks the domain process for `session.lock` over a channel of its own — the same kind of
// MessagePort a window is given, so the domain sees an ordinary call — and then tells the window,
// which shows the sign-in screen. Nothing here reads or holds a key.

/** What main needs of Electron, narrowed so the rule can run under Node in a test. */
export interface LockPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

export interface LockOnSleepOptions {
  /** Electron's powerMonitor. */
  powerMonitor: { on(event: 'suspend' | 'lock-screen', listener: () => void): unknown };
  /** A fresh channel whose far end is handed to the domain process; null if it is not running. */
  openChannel(): LockPort | null;
  /** Tells the window that Redress is locked now. */
  tellWindow(): void;
  /** How long to wait for the domain's answer before telling the window anyway. */
  timeoutMs?: number;
}

const LOCK_EVENTS = ['suspend', 'lock-screen'] as const;

/** Asks the domain to lock once; resolves when it has answered (or did not in time). */
export function lockDomain(openChannel: () => LockPort | null, timeoutMs = 5000): Promise<void> {
  const port = openChannel();
  if (!port) return Promise.resolve();
  return new Promise<void>((done) => {
    const finish = () => {
      clearTimeout(timer);
      port.close();
      done();
    };
    const timer = setTimeout(finish, timeoutMs);
    port.on('message', ({ data }) => {
      if ((data as { id?: unknown } | null)?.id === 1) finish();
    });
    port.start();
    port.postMessage({ id: 1, procedure: 'session.lock', input: {} });
  });
}

export function lockOnSleep(options: LockOnSleepOptions): void {
  const lockNow = () => {
    // The window is told even if the domain did not answer: it then asks where things stand.
    void lockDomain(options.openChannel, options.timeoutMs).then(options.tellWindow);
  };
  for (const event of LOCK_EVENTS) options.powerMonitor.on(event, lockNow);
}
