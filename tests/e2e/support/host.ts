// The local host for a test: a real store in a temp folder, served on 127.0.0.1. Restartable on
// the same port and token, so a reload of the page reaches the new process as if nothing happened.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalHost, type LocalHost } from '../../../src/main/host/localHost';
import { TEST_PASSWORD } from '../../helpers';
import { signedInPerson, signInAgain, signInFirstPerson } from './signIn';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'out/renderer');

export function assertRendererBuilt(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npx electron-vite build` first (npm test does).');
  }
}

export class TestHost {
  private host: LocalHost | null = null;
  private port = 0;
  private token: string | undefined;

  constructor(
    readonly dataDir: string,
    /** The host's clock, when a test moves time on. */
    readonly now?: () => Date,
    /** As `--demo`: the welcome screen adds the demo data once the officer has set up. */
    readonly options: {
      demo?: boolean;
      /** Set up beforehand by the CLI: its first person is signed in once the host starts. */
      setUpByCli?: boolean;
    } = {},
  ) {}

  async start(): Promise<LocalHost> {
    const host = await startLocalHost({
      dataDir: this.dataDir,
      rendererDir: RENDERER_DIR,
      port: this.port,
      ...(this.token ? { token: this.token } : {}),
      ...(this.now ? { now: this.now } : {}),
      ...(this.options.demo ? { demo: true } : {}),
    });
    this.port = host.port;
    this.token = host.token;
    this.host = host;
    if (this.options.setUpByCli) await signInFirstPerson(host, TEST_PASSWORD);
    return host;
  }

  get url(): string {
    if (!this.host) throw new Error('The host is not running');
    return this.host.url;
  }

  /** The address without the access key, as a stranger would open it. */
  get origin(): string {
    return new URL(this.url).origin;
  }

  async stop(): Promise<void> {
    await this.host?.close();
    this.host = null;
  }

  /**
   * Stops and starts on the same data. The store opens locked, so whoever was signed in is signed
   * in again (with the e2e password), as they would after a restart of the app.
   */
  async restart(): Promise<LocalHost> {
    const person = this.host ? await signedInPerson(this.host) : null;
    await this.stop();
    const host = await this.start();
    if (person) await signInAgain(host, person);
    return host;
  }
}
