// The object-store suite's basics and one convergence seed on real Azure Blob Storage. Runs when
// REDRESS_TEST_AZURE_SAS is a container SAS link with read, create, list and delete rights
// (https://ACCOUNT.blob.core.windows.net/CONTAINER[/folder]?sv=…&sp=rcdl&sig=…); each run works
// in a folder of its own and removes it afterwards. Otherwise every test here is skipped, saying
// why. The link is a secret: it is never printed (only its label is).
import { randomBytes } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { AzureShareFs } from '../../src/main/sync/backends/azureShareFs';
import type { BackendOptions } from '../../src/main/sync/backends/options';
import {
  parseShareLocation,
  shareLabel,
  shareLine,
  type AzureLocation,
} from '../../src/shared/share/location';
import { storeSuite, type StoreUnderTest } from './storeSuite';

const link = process.env.REDRESS_TEST_AZURE_SAS;

/** Shares as folders of the container the link names, one per test, under a folder for this run. */
class AzureCloud implements StoreUnderTest {
  readonly label: string;
  readonly address: string;
  private readonly run = `redress-test-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;
  private counter = 0;
  private readonly made: string[] = [];

  constructor(private readonly base: AzureLocation) {
    this.label = `Azure (${shareLabel(base)})`;
    this.address = new URL(base.serviceUrl).host;
  }

  private location(name: string): AzureLocation {
    return { ...this.base, prefix: [this.base.prefix, this.run, name].filter(Boolean).join('/') };
  }

  async fresh(): Promise<string> {
    const name = `share-${++this.counter}`;
    this.made.push(name);
    return name;
  }

  line(name: string): string {
    return shareLine(this.location(name));
  }

  share(name: string, options: BackendOptions = {}): AzureShareFs {
    return new AzureShareFs(this.location(name), options);
  }

  async putRaw(name: string, path: string, bytes: Uint8Array): Promise<void> {
    await this.share(name).writeNew(path, bytes);
  }

  /** Every name under the share, walking its folders with the adapter's own listing. */
  async listAll(name: string, dir = ''): Promise<string[]> {
    const fs = this.share(name);
    const out: string[] = [];
    const files = new Set((await fs.listDetailed(dir)).map((f) => f.name));
    for (const entry of await fs.list(dir)) {
      const path = dir ? `${dir}/${entry}` : entry;
      if (files.has(entry)) out.push(path);
      else out.push(...(await this.listAll(name, path)));
    }
    return out;
  }

  async cleanUp(): Promise<void> {
    for (const name of this.made) {
      const fs = this.share(name);
      for (const path of await this.listAll(name)) await fs.remove(path).catch(() => undefined);
    }
  }
}

if (!link) {
  describe('real Azure Blob Storage', () => {
    it.skip('skipped: set REDRESS_TEST_AZURE_SAS to a container SAS link with rights rcdl to run the object-store suite on Azure', () => {});
  });
} else {
  const cloud = new AzureCloud(parseShareLocation(link) as AzureLocation);
  afterAll(() => cloud.cleanUp(), 120_000);
  storeSuite(cloud.label, () => cloud, {
    seeds: Number(process.env.REDRESS_AZURE_SEEDS ?? 1),
    parts: ['basics', 'convergence'],
    timeoutMs: 300_000,
  });
}
