// Azurite (Microsoft's Blob Storage emulator) in this test process, on a random loopback port,
// in memory, no telemetry (that lives only in its CLI), no --loose: it honours create-only
// writes, hierarchical listings and SAS permissions the way the service does. CLI child processes
// reach it by URL like any store. A container per share; SAS links signed with the emulator's
// well-known account key (published in Azurite's README: not a secret).
import { performance } from 'node:perf_hooks';
import {
  BlobServiceClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { AzureShareFs } from '../../src/main/sync/backends/azureShareFs';
import type { BackendOptions } from '../../src/main/sync/backends/options';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { parseShareLocation, type AzureLocation } from '../../src/shared/share/location';
import type { StoreUnderTest } from '../sync/storeSuite';

export const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

interface AzuriteServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

export interface SasOptions {
  /** SAS permissions, e.g. 'rcl' (create but never overwrite) or 'rcdl'. */
  permissions?: string;
  expiresOn?: Date;
  /** A folder inside the container the share lives in. */
  prefix?: string;
}

export class Azurite implements StoreUnderTest {
  readonly label = 'Azurite';
  readonly credential = new StorageSharedKeyCredential(ACCOUNT, KEY);
  /** Milliseconds from asking for the server to its answering (module load included). */
  startMs = 0;
  private counter = 0;

  private constructor(
    private readonly server: AzuriteServer,
    /** http://127.0.0.1:PORT/devstoreaccount1 */
    readonly serviceUrl: string,
  ) {}

  static async start(): Promise<Azurite> {
    const started = performance.now();
    // Internal paths, not a public API (object-store-research.md §5.1): pinned Azurite 3.37.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const BlobServer = require('azurite/dist/src/blob/BlobServer').default;
    const BlobConfiguration = require('azurite/dist/src/blob/BlobConfiguration').default;
    /* eslint-enable @typescript-eslint/no-require-imports */
    // host, port (0: any free one), keep-alive, metadata db, extent db, persistence, access log,
    // log stream, debug log, debug path, loose, skipApiVersionCheck (the SDK speaks a newer API
    // than Azurite accepts), cert, key, pwd, oauth, disableProductStyleUrl, in memory.
    const config = new BlobConfiguration(
      '127.0.0.1',
      0,
      undefined,
      undefined,
      undefined,
      undefined,
      false,
      undefined,
      false,
      undefined,
      false,
      true,
      '',
      '',
      '',
      undefined,
      false,
      true,
    );
    const server = new BlobServer(config) as AzuriteServer;
    await server.start();
    const azurite = new Azurite(server, `${server.getHttpServerAddress()}/${ACCOUNT}`);
    azurite.startMs = performance.now() - started;
    return azurite;
  }

  async stop(): Promise<void> {
    await this.server.close();
  }

  /** host:port, as it appears in every share line. */
  get address(): string {
    return new URL(this.serviceUrl).host;
  }

  private service(): BlobServiceClient {
    return new BlobServiceClient(this.serviceUrl, this.credential);
  }

  /** A client with the account key: what an administrator (or a test looking behind the app) uses. */
  admin(container: string): ContainerClient {
    return this.service().getContainerClient(container);
  }

  /** A new, empty container, named for this run. */
  async container(): Promise<string> {
    const name = `share-${process.pid}-${++this.counter}-${Math.random().toString(36).slice(2, 8)}`;
    await this.admin(name).create();
    return name;
  }

  /** A container SAS link as an administrator would hand it out. */
  sasLine(container: string, o: SasOptions = {}): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        permissions: ContainerSASPermissions.parse(o.permissions ?? 'rcdl'),
        expiresOn: o.expiresOn ?? new Date(Date.now() + 24 * 3600_000),
      },
      this.credential,
    ).toString();
    return `${this.serviceUrl}/${container}${o.prefix ? `/${o.prefix}` : ''}?${sas}`;
  }

  open(line: string, options: BackendOptions = {}): AzureShareFs {
    return new AzureShareFs(parseShareLocation(line) as AzureLocation, options);
  }

  // StoreUnderTest: a share is a container with a create/read/list/delete link (no write right).
  fresh(): Promise<string> {
    return this.container();
  }

  line(name: string): string {
    return this.sasLine(name);
  }

  share(name: string, options?: BackendOptions): ShareFs {
    return this.open(this.line(name), options);
  }

  async putRaw(name: string, path: string, bytes: Uint8Array): Promise<void> {
    await this.admin(name).getBlockBlobClient(path).upload(bytes, bytes.byteLength);
  }

  async listAll(name: string): Promise<string[]> {
    const out: string[] = [];
    for await (const blob of this.admin(name).listBlobsFlat()) out.push(blob.name);
    return out;
  }
}
