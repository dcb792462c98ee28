import { TEST_UNLOCK } from '../tests/helpers';
// Object-store benchmarks (issue 15): what a sync with nothing new costs, in requests and time,
// with 30 installations on the share, on a folder and on Azure Blob Storage (Azurite, started
// here on a free port as the CLI child it is shipped as); merging 100k incoming changes from the
// store against the same merge from a folder; a new installation joining a 50k-case share from
// its snapshot on the store. The quiet sync measured is the real syncOnce path, through the
// request counter and the deadline guard as the running app wraps every share.
//   REDRESS_BENCH_OBJECT_STORE=0 skips these (REDRESS_BENCH_SYNC=0 skips every sync benchmark);
//   =only runs these without the other sync benchmarks.
//   REDRESS_BENCH_INSTALLATIONS=30  REDRESS_BENCH_MERGE_CHANGES=100000  REDRESS_BENCH_MERGE_CASES=20000
//   REDRESS_BENCH_JOIN_CASES=50000 (each 0 skips its part)
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  BlobServiceClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { openRedress, type RedressApp } from '../src/main/app';
import { seedStore } from '../src/main/services/demo';
import { openShareFs } from '../src/main/sync/backends/open';
import { CountingShareFs } from '../src/main/sync/countingFs';
import {
  admitNewcomers,
  createShare,
  joinShare,
  newJoinCode,
  syncOnce,
  writeSnapshot,
} from '../src/main/sync/engine';
import { exportChanges } from '../src/main/sync/exporter';
import { GuardedShareFs } from '../src/main/sync/guardedFs';
import { noteInstallationKey, trustKeys } from '../src/main/sync/keyring';
import { NodeShareFs } from '../src/main/sync/nodeShareFs';
import type { ShareFs } from '../src/main/sync/shareFs';
import { storeAccess } from '../src/main/sync/storeAccess';
import { stats } from './measure';
import { INCOMING_SIGNER, incomingChanges, officer, type SyncRow } from './sync';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** The emulator's account and its well-known key (published in Azurite's README: not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Azurite as a child process, in memory, no telemetry; resolves once it answers. */
async function startAzurite(): Promise<{ child: ChildProcess; serviceUrl: string }> {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'node',
      'node_modules/azurite/dist/src/blob/main.js',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--silent',
      '--disableTelemetry',
      '--skipApiVersionCheck',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const serviceUrl = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await new BlobServiceClient(serviceUrl, credential).getProperties();
      return { child, serviceUrl };
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill();
        throw new Error('Azurite did not start');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** A new container and the SAS line an administrator would hand out for it. */
async function azureShare(serviceUrl: string, name: string): Promise<string> {
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  await new BlobServiceClient(serviceUrl, credential).getContainerClient(name).create();
  const sas = generateBlobSASQueryParameters(
    {
      containerName: name,
      permissions: ContainerSASPermissions.parse('rcdl'),
      expiresOn: new Date(Date.now() + 24 * 3600_000),
    },
    credential,
  ).toString();
  return `${serviceUrl}/${name}?${sas}`;
}

/** Every file of a folder share, copied as it is onto another share (the same share, elsewhere). */
async function mirror(dir: string, to: ShareFs): Promise<number> {
  let n = 0;
  const walk = async (at: string): Promise<void> => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) await walk(path);
      else {
        await to.writeNew(relative(dir, path).split(sep).join('/'), readFileSync(path));
        n++;
      }
    }
  };
  await walk(dir);
  return n;
}

/** The share as the running app sees it: deadlines around a request counter. */
function counted(fs: ShareFs): { fs: ShareFs; counter: CountingShareFs } {
  const counter = new CountingShareFs(fs);
  return { fs: new GuardedShareFs(counter), counter };
}

/** Quiet syncs (stopping at the tips) and full ones, on one share: requests and median ms of each. */
async function quietAndFull(app: RedressApp, share: ShareFs, rounds: number) {
  await syncOnce(app.context, share); // the first after start reads everything
  const measure = async (skipIfQuiet: boolean) => {
    const ms: number[] = [];
    let requests = 0;
    for (let i = 0; i < rounds; i++) {
      const { fs, counter } = counted(share);
      const t0 = performance.now();
      const report = await syncOnce(app.context, fs, { skipIfQuiet });
      ms.push(performance.now() - t0);
      if (report.imported || report.exported) throw new Error('a quiet sync found something');
      if (skipIfQuiet && !report.quiet) throw new Error('a quiet sync did not stop at the tips');
      requests = counter.requests;
    }
    return { median: stats(ms).median, requests };
  };
  // Interleaved rounds would reset the backstop's clock; each kind is measured in its own run.
  const full = await measure(false);
  const quiet = await measure(true);
  return { quiet, full };
}

export async function benchObjectStore(log: (line: string) => void): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  const root = mkdtempSync(join(tmpdir(), 'redress-bench-objects-'));
  const installations = num('REDRESS_BENCH_INSTALLATIONS', 30);
  let azurite: { child: ChildProcess; serviceUrl: string } | null = null;
  try {
    log('Object-store bench: starting Azurite…');
    azurite = await startAzurite();
    const serviceUrl = azurite.serviceUrl;
    let containers = 0;
    const newAzure = async () => openShareFs(await azureShare(serviceUrl, `bench-${++containers}`));

    // --- a quiet sync with 30 installations on the share (REDRESS_BENCH_INSTALLATIONS=0 skips it) ---
    if (installations > 0) {
      const shareDir = join(root, 'share');
      mkdirSync(shareDir);
      const folder = new NodeShareFs(shareDir);
      const main = await officer(join(root, 'main'), 'Main Office');
      seedStore(main.context, { cases: 1000, seed: 5 });
      await createShare(main.context, folder, { deviceLabel: 'Office PC' });
      await syncOnce(main.context, folder);
      log(`Object-store bench: ${installations - 1} more installations join…`);
      for (let i = 0; i < installations - 1; i++) {
        const other = await officer(join(root, `laptop-${i}`), `Officer ${i}`);
        const { code } = await newJoinCode(main.context, folder);
        await joinShare(other.context, folder, { deviceLabel: `Laptop ${i}`, code });
        await admitNewcomers(main.context, folder);
        await other.dispatch('cases.open', { type: 'complaint', summary: `Opened on laptop ${i}` });
        await exportChanges(storeAccess(other.context), folder, other.context.installation.id);
        await other.close();
      }
      await syncOnce(main.context, folder);
      const azure = await newAzure();
      log('Object-store bench: the same share copied onto Azurite…');
      const files = await mirror(shareDir, azure);
      for (const [label, share] of [
        ['folder', folder],
        ['Azurite', azure],
      ] as const) {
        const { quiet, full } = await quietAndFull(main, share, 20);
        rows.push({
          what: `${label}: quiet sync, ${installations} installations (${files} files): ${quiet.requests} request(s) (budget ≤ 5); a full sync: ${full.requests} requests, ${full.median.toFixed(1)} ms`,
          redress: quiet.median,
          raw: full.median,
          budget: 100,
        });
        rows.push({
          what: `${label}: requests per quiet sync (budget ≤ 5; a full sync makes ${full.requests})`,
          redress: quiet.requests,
          raw: full.requests,
          budget: 5.5,
        });
      }
      await main.close();
    }

    // --- merging 100k incoming changes: from the store, from a folder ---
    const changes = num('REDRESS_BENCH_MERGE_CHANGES', 100_000);
    if (changes > 0) {
      const mergeCases = num('REDRESS_BENCH_MERGE_CASES', 20_000);
      log(
        `Object-store bench: merging ${changes.toLocaleString('en-GB')} incoming changes (${mergeCases.toLocaleString('en-GB')} cases)…`,
      );
      const origin = await officer(join(root, 'merge-origin'), 'Office');
      seedStore(origin.context, { cases: mergeCases, seed: 11 });
      const originShare = join(root, 'merge-share');
      mkdirSync(originShare);
      await createShare(origin.context, new NodeShareFs(originShare));
      await origin.close();
      const rid = '01a20000-0000-7000-8000-0000000b0b0c';
      const copies: RedressApp[] = [];
      for (const name of ['merge-folder', 'merge-azure']) {
        // Two copies of one store (its folder whole: the store and the key that opens it).
        cpSync(join(root, 'merge-origin'), join(root, name), { recursive: true });
        copies.push(await openRedress({ unlock: TEST_UNLOCK, dataDir: join(root, name) }));
      }
      const { segments } = incomingChanges(copies[0]!.context.sqlite, rid, changes, Date.now() - 3_600_000);
      for (const app of copies) {
        const db = app.context.sqlite;
        db.transaction(() => {
          trustKeys(db, [
            { publicKey: INCOMING_SIGNER.publicKey, rid, how: 'approval', at: new Date().toISOString() },
          ]);
          noteInstallationKey(db, rid, INCOMING_SIGNER.publicKey);
        })();
      }
      const incomingFolder = join(root, 'merge-incoming');
      mkdirSync(incomingFolder);
      const folderIn = new NodeShareFs(incomingFolder);
      const azureIn = await newAzure();
      for (const to of [folderIn, azureIn]) {
        await to.writeNew('redress-share.json', readFileSync(join(originShare, 'redress-share.json')));
        for (const s of segments) await to.writeNew(`replicas/${rid}/seg/${s.name}`, s.bytes);
      }
      const fromFolder = await syncOnce(copies[0]!.context, folderIn);
      const fromAzure = await syncOnce(copies[1]!.context, azureIn);
      for (const app of copies) await app.close();
      const mergeMs = (r: typeof fromFolder) => r.millis - r.searchMillis;
      rows.push({
        what: `merge ${changes.toLocaleString('en-GB')} incoming changes from Azurite (${fromAzure.imported.toLocaleString('en-GB')} applied) against the same from a folder (${fromFolder.imported.toLocaleString('en-GB')}): ratio ${(mergeMs(fromAzure) / mergeMs(fromFolder)).toFixed(2)}× (budget 1.3×)`,
        redress: mergeMs(fromAzure),
        raw: mergeMs(fromFolder),
        budget: 1.3 * mergeMs(fromFolder),
      });
    }

    // --- a new installation joins a 50k-case share from its snapshot: on the store, from a folder ---
    const joinCases = num('REDRESS_BENCH_JOIN_CASES', 50_000);
    if (joinCases > 0) {
      log(
        `Object-store bench: a new installation joins a share of ${joinCases.toLocaleString('en-GB')} cases…`,
      );
      // Set up on a folder, then the same files copied onto the store: one share, in two places.
      const folder50 = join(root, 'share50');
      mkdirSync(folder50);
      const office = await officer(join(root, 'office50'), 'Office');
      seedStore(office.context, { cases: joinCases, seed: 8 });
      await createShare(office.context, new NodeShareFs(folder50));
      await syncOnce(office.context, new NodeShareFs(folder50));
      await writeSnapshot(office.context, new NodeShareFs(folder50));
      const { code } = await newJoinCode(office.context, new NodeShareFs(folder50));
      await office.close();
      const azure50 = await newAzure();
      await mirror(folder50, azure50);
      const joins: Record<string, { ms: number; cases: number; changes: number }> = {};
      let afterJoin: Awaited<ReturnType<typeof quietAndFull>> | null = null;
      for (const [label, share] of [
        ['Azurite', azure50],
        ['folder', new NodeShareFs(folder50)],
      ] as const) {
        const t0 = performance.now();
        const fresh = await officer(join(root, `new50-${label}`), 'New Laptop');
        await joinShare(fresh.context, share, { code });
        const boot = await syncOnce(fresh.context, share);
        const ms = performance.now() - t0;
        const cases = (fresh.context.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number })
          .n;
        // What it costs the newcomer to keep up from here, its log now mostly other computers' changes.
        if (label === 'Azurite') afterJoin = await quietAndFull(fresh, share, 10);
        await fresh.close();
        joins[label] = { ms, cases, changes: boot.imported };
      }
      const a = joins.Azurite!;
      const f = joins.folder!;
      rows.push({
        what: `Azurite: new installation joins from a share of ${joinCases.toLocaleString('en-GB')} cases (${a.cases.toLocaleString('en-GB')} cases, ${a.changes.toLocaleString('en-GB')} changes); the same from a folder in this run: ${(f.ms / 1000).toFixed(1)} s (${(a.ms / f.ms).toFixed(2)}×)`,
        redress: a.ms,
        raw: f.ms,
        budget: 30_000,
      });
      if (afterJoin)
        rows.push({
          what: `Azurite: quiet sync of the installation that has just joined ${joinCases.toLocaleString('en-GB')} cases: ${afterJoin.quiet.requests} request(s); a full sync (raw column): ${afterJoin.full.requests} requests`,
          redress: afterJoin.quiet.median,
          raw: afterJoin.full.median,
          budget: 100,
        });
    }
  } finally {
    azurite?.child.kill();
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
