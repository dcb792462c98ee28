// Starts, connects and stops the domain process (out/main/domain-process.js, a utilityProcess).
// Main never opens the store itself: it only hands MessagePorts to this process.
import { utilityProcess, type MessagePortMain, type UtilityProcess } from 'electron';

export interface DomainSupervisorOptions {
  modulePath: string;
  args: string[];
  /** Called when the process exits without being asked to. */
  onUnexpectedExit(code: number): void;
}

export class DomainSupervisor {
  private child: UtilityProcess | null = null;
  private stopping: Promise<void> | null = null;
  /** Extra environment for the process (the system's proxy for cloud shares). */
  private env: Record<string, string> = {};

  constructor(private readonly options: DomainSupervisorOptions) {}

  get running(): boolean {
    return this.child !== null;
  }

  /** The system's proxy, handed to the domain process for cloud shares (unless HTTPS_PROXY is set already). */
  useProxy(proxy: string | null): void {
    this.env = proxy && !process.env.HTTPS_PROXY ? { HTTPS_PROXY: proxy, HTTP_PROXY: proxy } : {};
  }

  start(): void {
    if (this.child) return;
    this.stopping = null;
    const child = utilityProcess.fork(this.options.modulePath, this.options.args, {
      serviceName: 'Redress domain',
      stdio: 'inherit',
      env: { ...process.env, ...this.env },
    });
    child.on('message', (message: { type?: string; message?: string }) => {
      if (message?.type === 'failed')
        console.error(`[redress] the store could not be opened: ${message.message ?? ''}`);
    });
    child.once('exit', (code) => {
      if (this.child === child) this.child = null;
      if (!this.stopping) this.options.onUnexpectedExit(code);
    });
    this.child = child;
  }

  /** Hands one end of a channel to the domain process; false if it is not running. */
  connect(port: MessagePortMain): boolean {
    if (!this.child || this.stopping) return false;
    this.child.postMessage({ type: 'port' }, [port]);
    return true;
  }

  /** Asks the process to close the store and exit; kills it if it has not within `graceMs`. */
  stop(graceMs = 5000): Promise<void> {
    const child = this.child;
    if (!child) return Promise.resolve();
    this.stopping ??= new Promise<void>((done) => {
      const timer = setTimeout(() => {
        child.kill();
      }, graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.postMessage({ type: 'shutdown' });
    });
    return this.stopping;
  }
}
