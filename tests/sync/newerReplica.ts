// A hand-written replica of a newer Redress (or a misbehaving one): a hello file and valid,
// checksummed segments in its own folder, with whatever ops a test needs.
import { SCHEMA_VERSION } from '../../src/main/db/migrations';
import { buildSegmentFile, sha256, type Json } from './segmentFiles';

export const NEWER_SCHEMA = SCHEMA_VERSION + 1;

export function hlcAt(ms: number, counter: number, node: string): string {
  return `${new Date(ms).toISOString()}-${counter.toString(16).toUpperCase().padStart(4, '0')}-${node}`;
}

export class HandWrittenReplica {
  readonly node: string;
  private seq = 0;
  private counter = 0;

  constructor(
    readonly rid: string,
    private readonly put: (path: string, bytes: Uint8Array) => void,
    readonly schema = NEWER_SCHEMA,
  ) {
    this.node = rid.replace(/-/g, '').slice(-16);
  }

  hello(atMs: number, label = 'Office PC (newer Redress)'): void {
    const bytes = Buffer.from(
      JSON.stringify(
        { rid: this.rid, label, code: 'ZZ', schema: this.schema, writtenAt: new Date(atMs).toISOString() },
        null,
        2,
      ),
    );
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
    );
    const path = `replicas/${this.rid}/seg/${f.name}`;
    this.put(path, f.bytes);
    return path;
  }
}
