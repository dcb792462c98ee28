// A hand-written replica of a newer Redress (or a misbehaving one): a hello file and valid,
// checksummed segments in its own folder, with whatever ops a test needs. With the share key it
// writes as a real installation would (sealed files, signed with its own key, its public key in
// its hello); it is trusted only once a computer in the share approves it (`approvedBy`).
import { generateKeyPairSync } from 'node:crypto';
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { approveInstallation } from '../../src/main/sync/engine';
import type { SyncContext } from '../../src/main/sync/port';
import { sealHello } from '../../src/main/sync/share';
import { seal } from '../../src/main/sync/shareCrypto';
import type { ShareFs } from '../../src/main/sync/shareFs';
import { signHash, type Signer } from '../../src/main/sync/signing';
import { buildSegmentFile, sha256, type Json } from './segmentFiles';

/** A fresh Ed25519 key pair in the engine's form. */
export function newSigner(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  return { publicKey: raw.toString('base64'), privateKey };
}

export const NEWER_SCHEMA = SCHEMA_VERSION + 1;

export function hlcAt(ms: number, counter: number, node: string): string {
  return `${new Date(ms).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`;
}

export class HandWrittenReplica {
  readonly node: string;
  private seq = 0;
  private counter = 0;

  /** Its own key pair; `signWith` may be swapped for another key to forge signatures. */
  readonly signer = newSigner();
  signWith: Signer = this.signer;

  constructor(
    readonly rid: string,
    private readonly put: (path: string, bytes: Uint8Array) => void,
    readonly schema = NEWER_SCHEMA,
    /** The share key (from a computer in the share; null for a share without encryption). */
    readonly shareKey: Buffer | null = null,
  ) {
    this.node = rid.replace(/-/g, '').slice(-16);
  }

  hello(atMs: number, label = 'Office PC (newer Redress)'): void {
    const bytes = sealHello(this.shareKey, {
      rid: this.rid,
      label,
      code: 'ZZ',
      schema: this.schema,
      writtenAt: new Date(atMs).toISOString(),
      publicKey: this.signer.publicKey,
    });
    this.put(`replicas/${this.rid}/hello-${atMs}-${sha256(bytes).slice(0, 12)}.json`, new Uint8Array(bytes));
  }

  /** A clock value of this replica at `ms` (unique: the counter always moves). */
  hlc(ms: number): string {
    return hlcAt(ms, this.counter++, this.node);
  }

  /** Writes the next segment with these ops (fields `r` and `sv` filled in when missing); returns its path. */
  segment(ops: Json[], vv: Record<string, number> = {}): string {
    const full = ops.map((o) => ({ r: this.rid, a: null, sv: this.schema, ...o }));
    const f = buildSegmentFile(
      {
        magic: 'redress-segment',
        format: 1,
        kind: 'segment',
        rid: this.rid,
        seq: ++this.seq,
        schema: this.schema,
        vv,
      },
      full,
      undefined,
      (hash) => signHash(this.signWith, 'segment', hash),
    );
    const path = `replicas/${this.rid}/seg/${f.name}`;
    this.put(path, this.sealed(f.bytes));
    return path;
  }

  /** Bytes as this replica puts them on the share (sealed when it has the share key). */
  sealed(bytes: Uint8Array, purpose: 'segment' | 'snapshot' = 'segment'): Uint8Array {
    return this.shareKey ? new Uint8Array(seal(this.shareKey, purpose, bytes)) : bytes;
  }

  /** A computer in the share approves this one (after its hello is on the share). */
  async approvedBy(member: { context: SyncContext; fs: ShareFs }): Promise<void> {
    await approveInstallation(member.context, member.fs, this.rid);
  }
}
