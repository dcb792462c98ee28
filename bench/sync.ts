import { TEST_PASSWORD, TEST_UNLOCK } from '../tests/helpers';
// Sync benchmarks: the budgets of the central-share issue, each measured in this run, with the
// bare better-sqlite3 last-writer-wins apply of the same 100k changes as the raw limit.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openRedress, type RedressApp } from '../src/main/app';
import { STORE_FILE, STORE_PRAGMAS } from '../src/main/db/open';
import { seedStore } from '../src/main/services/demo';
import { seededRandom } from '../src/main/demo/random';
import { generateKeyPairSync } from 'node:crypto';
import {
  admitNewcomers,
  createShare,
  joinShare,
  newJoinCode,
  syncOnce,
  writeSnapshot,
} from '../src/main/sync/engine';
import { keepShareKey, noteInstallationKey, shareKeyOf, trustKeys } from '../src/main/sync/keyring';
import { seal } from '../src/main/sync/shareCrypto';
import { signHash, type Signer } from '../src/main/sync/signing';
import { exportChanges } from '../src/main/sync/exporter';
import { NodeShareFs } from '../src/main/sync/nodeShareFs';
import { storeAccess } from '../src/main/sync/storeAccess';
import type { Op } from '../src/main/sync/ops';
import { encodeSegment, segmentName } from '../src/main/sync/segment';
import type { ShareFs } from '../src/main/sync/shareFs';
import { stats } from './measure';

export interface SyncRow {
  what: string;
  redress: number;
  raw: number | null;
  budget: number | null;
}

/** Counts what a sync asks of the share. */
class CountingFs implements ShareFs {
  lists = 0;
  reads: string[] = [];
  constructor(private readonly inner: ShareFs) {}
  get label() {
    return this.inner.label;
  }
  list(dir: string) {
    this.lists++;
    return this.inner.list(dir);
  }
  read(path: string) {
    this.reads.push(path);
    return this.inner.read(path);
  }
  size(path: string) {
    return this.inner.size(path);
  }
  writeNew(path: string, data: Uint8Array) {
    return this.inner.writeNew(path, data);
  }
  remove(path: string) {
    return this.inner.remove(path);
  }
  mkdirp(dir: string) {
    return this.inner.mkdirp(dir);
  }
}

export async function officer(dataDir: string, name: string): Promise<RedressApp> {
  const app = await openRedress({ unlock: TEST_UNLOCK, dataDir });
  await app.dispatch('people.setUpOfficer', {
    password: TEST_PASSWORD,
    name,
    initials: name.slice(0, 2).toUpperCase(),
    role: 'officer',
  });
  return app;
}

const FIELDS: Array<[string, () => unknown]> = [
  ['status', () => 'closed'],
  ['type', () => 'complaint'],
  ['summary', () => 'Resident called back: the contractor attended and the repair is complete.'],
];

/** The invented installation's key pair (it is vouched for in the stores that merge its changes). */
export const INCOMING_SIGNER: Signer = (() => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64'),
  };
})();

/** A store trusts the invented installation, as if an administrator had approved it. */
function trustIncoming(storeFile: string, rid: string, plain: boolean): void {
  const db = new BetterSqlite3(storeFile);
  db.transaction(() => {
    trustKeys(db, [
      { publicKey: INCOMING_SIGNER.publicKey, rid, how: 'approval', at: new Date().toISOString() },
    ]);
    noteInstallationKey(db, rid, INCOMING_SIGNER.publicKey);
    if (plain) {
      db.prepare(`DELETE FROM meta WHERE key = 'share_key'`).run();
      keepShareKey(db, null);
    }
  })();
  db.close();
}

/** 100k set ops from an invented installation, on random cases of the store, as segment files (sealed with `key`). */
export function incomingChanges(
  db: BetterSqlite3.Database,
  rid: string,
  count: number,
  startMillis: number,
  seqFrom = 1,
  key: Buffer | null = shareKeyOf(db),
) {
  // Each change saw the field's latest value, as it would on a laptop that had synced.
  const created = db
    .prepare(`SELECT entity_id, hlc FROM changes WHERE entity = 'case' AND op = 'create'`)
    .raw()
    .all() as string[][];
  const ids = created.map((r) => r[0]!);
  const heads = new Map<string, string>();
  for (const [id, hlc] of created) for (const [f] of FIELDS) heads.set(`${id}:${f}`, hlc!);
  for (const [id, f, hlc] of db
    .prepare(
      `SELECT entity_id, field, max(hlc) FROM changes WHERE field IS NOT NULL GROUP BY entity_id, field`,
    )
    .raw()
    .all() as string[][])
    heads.set(`${id}:${f}`, hlc!);
  // Stamped after everything they saw, as a real installation's clock guarantees.
  const newest = (db.prepare('SELECT max(hlc) AS h FROM changes').get() as { h: string }).h;
  const start = Math.max(startMillis, Date.parse(newest.slice(0, 24)) + 1);
  const random = seededRandom(99);
  const node = rid.replace(/-/g, '').slice(-16);
  const ops: Op[] = [];
  for (let i = 0; i < count; i++) {
    const [f, v] = FIELDS[Math.floor(random() * FIELDS.length)]!;
    const h = `${new Date(start + Math.floor(i / 10)).toISOString()}-${(i % 10).toString(16).toUpperCase().padStart(4, '0')}-${node}`;
    const k = ids[Math.floor(random() * ids.length)]!;
    ops.push({
      h,
      r: rid,
      a: null,
      e: 'case',
      k,
      o: 'set',
      f,
      v: v(),
      x: null,
      p: [heads.get(`${k}:${f}`)!],
      sv: 2,
    });
    heads.set(`${k}:${f}`, h);
  }
  const segments: Array<{ name: string; bytes: Buffer }> = [];
  for (let i = 0; i < ops.length; i += 5000) {
    const seq = seqFrom + i / 5000;
    const { bytes, sha256 } = encodeSegment(
      { kind: 'segment', rid, seq, schema: 2, vv: {} },
      ops.slice(i, i + 5000),
      (hash) => signHash(INCOMING_SIGNER, 'segment', hash),
    );
    segments.push({ name: segmentName(seq, sha256), bytes: key ? seal(key, 'segment', bytes) : bytes });
  }
  return { ops, segments };
}

/**
 * The raw limit: the same changes applied by hand, last writer wins, in one transaction, on a
 * connection set up as the store's. In arrival order, or grouped by record as Redress applies them.
 */
function bareApply(file: string, ops: Op[], order: 'arrival' | 'by record' = 'arrival'): number {
  const db = new BetterSqlite3(file);
  for (const pragma of STORE_PRAGMAS) db.pragma(pragma);
  db.exec(
    'CREATE TABLE IF NOT EXISTS bare_clock (entity_id TEXT, field TEXT, hlc TEXT, PRIMARY KEY (entity_id, field)) WITHOUT ROWID',
  );
  const clock = db.prepare(
    'INSERT INTO bare_clock (entity_id, field, hlc) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > bare_clock.hlc',
  );
  const update = Object.fromEntries(
    FIELDS.map(([f]) => [f, db.prepare(`UPDATE cases SET ${f} = ? WHERE id = ?`)]),
  );
  const t0 = performance.now();
  const lines = ops.map((o) => JSON.stringify(o)).join('\n');
  db.transaction(() => {
    const parsed = lines.split('\n').map((line) => JSON.parse(line) as Op);
    if (order === 'by record') parsed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.h < b.h ? -1 : 1));
    for (const o of parsed) if (clock.run(o.k, o.f, o.h).changes === 1) update[o.f!]!.run(o.v, o.k);
  })();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

export async function benchSync(log: (line: string) => void): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  const root = mkdtempSync(join(tmpdir(), 'redress-bench-sync-'));
  try {
    // --- 100k cases here, 20 installations on the share ---
    const shareDir = join(root, 'share');
    mkdirSync(shareDir);
    const fs = new NodeShareFs(shareDir);
    const main = await officer(join(root, 'main'), 'Main Office');
    log('Sync bench: seeding 100,000 cases…');
    seedStore(main.context, { cases: 100_000, seed: 5 });
    await createShare(main.context, fs, { deviceLabel: 'Office PC' });
    log('Sync bench: first export of 100,000 cases to the share…');
    const firstExport = await syncOnce(main.context, fs);
    rows.push({
      what: `first sync out: ${firstExport.exported.toLocaleString('en-GB')} changes of 100k cases`,
      redress: firstExport.millis,
      raw: null,
      budget: null,
    });
    for (let i = 0; i < 19; i++) {
      const other = await officer(join(root, `laptop-${i}`), `Officer ${i}`);
      const { code } = await newJoinCode(main.context, fs);
      await joinShare(other.context, fs, { deviceLabel: `Laptop ${i}`, code });
      await admitNewcomers(main.context, fs);
      await other.dispatch('cases.open', { type: 'complaint', summary: `Opened on laptop ${i}` });
      // Only its own changes go out: reading the 100k-case history is the bootstrap, measured below.
      await exportChanges(storeAccess(other.context), fs, other.context.installation.id);
      await other.close();
    }
    await syncOnce(main.context, fs);
    const counting = new CountingFs(fs);
    const idle: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await syncOnce(main.context, counting);
      idle.push(performance.now() - t0);
    }
    const reads = counting.reads.filter((p) => p.endsWith('.seg')).length;
    rows.push({
      what: `sync with nothing new (20 installations, 100k cases): ${counting.lists / 10} listings, ${reads} segment reads per sync`,
      redress: stats(idle).median,
      raw: null,
      budget: 1000,
    });

    // --- merging 100k incoming field changes, against the bare apply ---
    await main.close();
    const storeFile = join(root, 'main', STORE_FILE);
    const merged = join(root, 'merged');
    const bare = join(root, 'bare');
    const bareByRecord = join(root, 'bare-by-record');
    const mergedPlain = join(root, 'merged-plain');
    for (const dir of [merged, bare, bareByRecord, mergedPlain]) {
      mkdirSync(dir);
      const src = new BetterSqlite3(storeFile);
      await src.backup(join(dir, STORE_FILE));
      src.close();
    }
    const probe = new BetterSqlite3(join(merged, STORE_FILE), { readonly: true });
    const rid = '01a20000-0000-7000-8000-0000000b0b0b';
    const { ops, segments } = incomingChanges(probe, rid, 100_000, Date.now() - 3_600_000);
    const plainSegments = incomingChanges(probe, rid, 100_000, Date.now() - 3_600_000, 1, null).segments;
    probe.close();
    trustIncoming(join(merged, STORE_FILE), rid, false);
    trustIncoming(join(mergedPlain, STORE_FILE), rid, true);
    const incomingShare = join(root, 'incoming');
    const plainShare = join(root, 'incoming-plain');
    for (const [dir, files] of [
      [incomingShare, segments],
      [plainShare, plainSegments],
    ] as const) {
      mkdirSync(join(dir, 'replicas', rid, 'seg'), { recursive: true });
      copyFileSync(join(shareDir, 'redress-share.json'), join(dir, 'redress-share.json'));
      const incoming = new NodeShareFs(dir);
      for (const s of files) await incoming.writeNew(`replicas/${rid}/seg/${s.name}`, s.bytes);
    }
    const bareMs = bareApply(join(bare, STORE_FILE), ops);
    const bareByRecordMs = bareApply(join(bareByRecord, STORE_FILE), ops, 'by record');
    const m = await openRedress({ unlock: TEST_UNLOCK, dataDir: merged });
    log('Sync bench: merging 100,000 incoming changes…');
    const mergeReport = await syncOnce(m.context, new NodeShareFs(incomingShare));
    rows.push({
      what: `merge 100,000 incoming field changes (read, verify, apply, audit, conflicts; ${mergeReport.imported.toLocaleString('en-GB')} applied)`,
      redress: mergeReport.millis - mergeReport.searchMillis,
      raw: bareMs,
      budget: 1.5 * bareMs,
    });
    // The same merge from a share without encryption (signatures still checked), in this run.
    const p = await openRedress({ dataDir: mergedPlain });
    log('Sync bench: the same merge without encryption…');
    const plainReport = await syncOnce(p.context, new NodeShareFs(plainShare));
    await p.close();
    const plainMs = plainReport.millis - plainReport.searchMillis;
    rows.push({
      what: `… the same merge with the share not encrypted (${plainReport.imported.toLocaleString('en-GB')} applied): encrypted/plain ratio ${((mergeReport.millis - mergeReport.searchMillis) / plainMs).toFixed(2)}× (budget 1.3×)`,
      redress: mergeReport.millis - mergeReport.searchMillis,
      raw: plainMs,
      budget: 1.3 * plainMs,
    });
    rows.push({
      what: '… the same, against the bare apply in the order Redress applies (grouped by record)',
      redress: mergeReport.millis - mergeReport.searchMillis,
      raw: bareByRecordMs,
      budget: null,
    });
    rows.push({
      what: '… then bring search up to date with the merged summaries',
      redress: mergeReport.searchMillis,
      raw: null,
      budget: null,
    });

    // --- 100 new changes ---
    const more = incomingChanges(m.context.sqlite, rid, 100, Date.now() - 60_000, segments.length + 1);
    await new NodeShareFs(incomingShare).writeNew(
      `replicas/${rid}/seg/${more.segments[0]!.name}`,
      more.segments[0]!.bytes,
    );
    const small = await syncOnce(m.context, new NodeShareFs(incomingShare));
    rows.push({
      what: `sync 100 new changes (${small.imported} applied)`,
      redress: small.millis,
      raw: null,
      budget: 300,
    });
    await m.close();

    // --- a new installation joins a share holding 50k cases ---
    const share50 = join(root, 'share50');
    mkdirSync(share50);
    const fs50 = new NodeShareFs(share50);
    const office = await officer(join(root, 'office50'), 'Office');
    seedStore(office.context, { cases: 50_000, seed: 8 });
    await createShare(office.context, fs50);
    await syncOnce(office.context, fs50);
    await writeSnapshot(office.context, fs50);
    const { code: code50 } = await newJoinCode(office.context, fs50);
    await office.close();
    log('Sync bench: a new installation joins a share holding 50,000 cases…');
    const t0 = performance.now();
    const fresh = await officer(join(root, 'new50'), 'New Laptop');
    await joinShare(fresh.context, fs50, { code: code50 });
    const boot = await syncOnce(fresh.context, fs50);
    const bootMs = performance.now() - t0;
    const cases = (fresh.context.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    rows.push({
      what: `new installation joins from a share of 50,000 cases (${cases.toLocaleString('en-GB')} cases, ${boot.imported.toLocaleString('en-GB')} changes)`,
      redress: bootMs,
      raw: null,
      budget: 30_000,
    });
    await fresh.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
