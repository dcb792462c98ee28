// Segment files: a header line, one op per line, and a trailer carrying the SHA-256 of everything
// before it. A file is accepted whole or not at all: partial, growing, truncated or corrupted
// files fail the check and are retried later (or quarantined), never half-applied.
// On the share the trailer also carries the writer's signature over that SHA-256 (signing.ts),
// and the whole file is sealed with the share key (shareCrypto.ts). The signature is made over
// the plaintext's hash, inside the envelope: it vouches for the changes themselves (what is
// applied), survives the file being sealed again under another share key or rewritten by
// garbage collection from the same plaintext, and tells a reader of the bare folder nothing
// about who wrote what.
import { createHash } from 'node:crypto';
import type { ShareKeys, SignatureVerdict } from './keyring';
import { isOp, type Op } from './ops';
import { Opener, SealError, seal } from './shareCrypto';
import { chunksOf, type ShareFs } from './shareFs';
import { signHash } from './signing';

export const SEGMENT_MAGIC = 'redress-segment';
export const SEGMENT_FORMAT = 1;

export interface SegmentHeader {
  magic: typeof SEGMENT_MAGIC;
  format: number;
  kind: 'segment' | 'snapshot';
  rid: string;
  seq: number;
  count: number;
  schema: number;
  /** What the writer had read from each installation when it wrote this (acknowledgements). */
  vv: Record<string, number>;
  hlcFirst: string | null;
  hlcLast: string | null;
  /** Segments: identities the writer had before, whose changes it may carry (trust.ts). */
  former?: string[];
  /** Snapshots: every installation's former identities as the writer knew them (trust.ts). */
  lineage?: Record<string, string[]>;
}

export interface Segment {
  header: SegmentHeader;
  ops: Op[];
}

const NAME = /^(\d{10})-([0-9a-f]{16})\.(seg|snap)$/;

export function segmentName(seq: number, sha256: string, kind: SegmentHeader['kind'] = 'segment'): string {
  return `${String(seq).padStart(10, '0')}-${sha256.slice(0, 16)}.${kind === 'segment' ? 'seg' : 'snap'}`;
}

/** Reads a file name; anything else (temp files, conflicted copies, strays) is not a segment. */
export function parseSegmentName(
  name: string,
): { seq: number; hash16: string; kind: SegmentHeader['kind'] } | null {
  const m = NAME.exec(name);
  return m ? { seq: Number(m[1]), hash16: m[2]!, kind: m[3] === 'seg' ? 'segment' : 'snapshot' } : null;
}

export type SegmentFields = Omit<SegmentHeader, 'magic' | 'format' | 'count' | 'hlcFirst' | 'hlcLast'>;

/** The plaintext file: header, changes, and a trailer with their SHA-256 (and signature, if `sign`). */
export function encodeSegment(
  header: SegmentFields,
  ops: readonly Op[],
  sign?: (sha256: string) => string,
): { bytes: Buffer; sha256: string } {
  const full: SegmentHeader = {
    magic: SEGMENT_MAGIC,
    format: SEGMENT_FORMAT,
    ...header,
    count: ops.length,
    hlcFirst: ops[0]?.h ?? null,
    hlcLast: ops[ops.length - 1]?.h ?? null,
  };
  const body = [JSON.stringify(full), ...ops.map((o) => JSON.stringify(o))].join('\n') + '\n';
  const sha256 = createHash('sha256').update(body).digest('hex');
  const trailer = { end: true, count: ops.length, sha256, ...(sign ? { sig: sign(sha256) } : {}) };
  const bytes = Buffer.from(`${body}${JSON.stringify(trailer)}\n`);
  return { bytes, sha256 };
}

/**
 * A segment or snapshot as it goes on the share: signed by this installation and sealed with the
 * share key. Its name comes from the plaintext's hash, so a rewrite after a crash has the same name.
 */
export function sealSegment(
  keys: ShareKeys,
  header: SegmentFields,
  ops: readonly Op[],
): { bytes: Buffer; sha256: string } {
  const { bytes, sha256 } = encodeSegment(header, ops, (hash) => signHash(keys.signer, header.kind, hash));
  return { bytes: keys.key ? seal(keys.key, header.kind, bytes) : bytes, sha256 };
}

export class SegmentError extends Error {}

/** The largest segment file read (a segment holds at most 5,000 changes: a few MB in practice). */
export const SEGMENT_MAX_BYTES = 256 * 1_048_576;
/** The largest snapshot read (a whole store's history; read a line at a time, never held as text). */
export const SNAPSHOT_MAX_BYTES = 4096 * 1_048_576;
/** The longest single line (one change, or the header) held as text. */
const LINE_MAX_BYTES = 64 * 1_048_576;

type Expect = { rid: string; seq: number; hash16: string };

/**
 * Verifies and parses a segment as it streams in, a line at a time: no part of it is ever held as
 * one string, so a huge file fails a check instead of exhausting memory. The last complete line
 * is held back until the next one arrives (the trailer is only known to be the trailer at the
 * end). Problems with a line are noted and reported only after the checksum has passed, so a
 * damaged or incomplete file is reported as such, as when the file was read whole.
 */
export class SegmentReader {
  private readonly hash = createHash('sha256');
  private partial: Buffer[] = [];
  private partialBytes = 0;
  private held: Buffer | null = null;
  private lines = 0;
  private bytes = 0;
  private header: SegmentHeader | null = null;
  private headerProblem: string | null = null;
  private opProblem: string | null = null;
  private readonly ops: Op[] = [];
  /** The writer's signature from the trailer (checked by readSegment against its vouched key). */
  signature: unknown = undefined;
  sha256: string | null = null;

  constructor(private readonly expect: Expect) {}

  push(chunk: Uint8Array): void {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.bytes += buffer.length;
    let start = 0;
    if (this.partial.length) {
      // The end of a line begun in an earlier chunk.
      const newline = buffer.indexOf(0x0a);
      if (newline < 0) return this.keepPartial(buffer);
      this.complete(Buffer.concat([...this.partial, buffer.subarray(0, newline + 1)]));
      this.partial = [];
      this.partialBytes = 0;
      start = newline + 1;
    }
    const last = buffer.lastIndexOf(0x0a);
    if (last >= start) {
      this.complete(buffer.subarray(start, last + 1));
      start = last + 1;
    }
    if (start < buffer.length) this.keepPartial(buffer.subarray(start));
  }

  private keepPartial(piece: Buffer): void {
    this.partial.push(piece);
    this.partialBytes += piece.length;
    if (this.partialBytes > LINE_MAX_BYTES) throw new SegmentError('a line is far too long');
  }

  /** Whole lines (ending in a newline): all but the last are body; the last is held back. */
  private complete(region: Buffer): void {
    const lastStart = region.lastIndexOf(0x0a, region.length - 2) + 1;
    if (this.held) this.body(this.held);
    if (lastStart > 0) this.body(region.subarray(0, lastStart));
    // Share readers hand over fresh chunks: a view into one is safe to keep.
    this.held = region.subarray(lastStart);
  }

  /** Whole lines of the body: hashed and decoded a region at a time, parsed a line at a time. */
  private body(region: Buffer): void {
    this.hash.update(region);
    for (const text of region.toString('utf8', 0, region.length - 1).split('\n')) this.line(text);
  }

  private line(text: string): void {
    const index = this.lines++;
    if (index === 0) {
      try {
        this.header = JSON.parse(text) as SegmentHeader;
      } catch {
        this.headerProblem = 'the header is damaged';
      }
      return;
    }
    if (this.opProblem) return;
    let op: unknown;
    try {
      op = JSON.parse(text);
    } catch {
      this.opProblem = `change ${index} is damaged`;
      return;
    }
    if (!isOp(op)) this.opProblem = `change ${index} is not a change Redress can read`;
    else this.ops.push(op);
  }

  end(): Segment {
    const { expect } = this;
    if (this.bytes === 0) throw new SegmentError('the file is empty');
    if (this.partialBytes > 0 || !this.held) throw new SegmentError('the file is incomplete (no end line)');
    let trailer: { end?: unknown; count?: unknown; sha256?: unknown };
    try {
      trailer = JSON.parse(this.held.toString('utf8', 0, this.held.length - 1));
    } catch {
      throw new SegmentError('the file is incomplete (its end line is missing or damaged)');
    }
    if (trailer === null || trailer.end !== true || typeof trailer.sha256 !== 'string')
      throw new SegmentError('the file is incomplete (no end line)');
    const sha256 = this.hash.digest('hex');
    this.sha256 = sha256;
    this.signature = (trailer as { sig?: unknown }).sig;
    if (sha256 !== trailer.sha256) throw new SegmentError('the contents do not match their checksum');
    if (!sha256.startsWith(expect.hash16))
      throw new SegmentError('the file name does not match its contents');
    const header = this.header;
    if (this.headerProblem || !header || typeof header !== 'object')
      throw new SegmentError('the header is damaged');
    if (header.magic !== SEGMENT_MAGIC) throw new SegmentError('it is not a Redress segment');
    if (header.format > SEGMENT_FORMAT)
      throw new SegmentError(
        `it was written in a newer format (${header.format}); update Redress to read it`,
      );
    if (header.rid !== expect.rid || header.seq !== expect.seq)
      throw new SegmentError('it is not where its header says it belongs');
    if (header.count !== this.lines - 1 || trailer.count !== header.count)
      throw new SegmentError('the number of changes does not match');
    if (this.opProblem) throw new SegmentError(this.opProblem);
    return { header, ops: this.ops };
  }
}

/** Verifies and parses a segment held in memory; throws SegmentError saying what is wrong. */
export function decodeSegment(bytes: Uint8Array, expect: Expect): Segment {
  const reader = new SegmentReader(expect);
  reader.push(bytes);
  return reader.end();
}

/**
 * Reads, opens, verifies and parses a segment or snapshot from the share as a stream, capped at
 * `maxBytes`. Throws SegmentError for a file that fails its checks (authentication included:
 * a tampered file is a damaged file), EFBIG for one too large. A file that passes says whether
 * its signature is that of its installation's vouched-for key: the caller holds it otherwise.
 */
export async function readSegment(
  fs: ShareFs,
  path: string,
  expect: Expect,
  maxBytes: number,
  keys: ShareKeys,
): Promise<Segment & { bytes: number; signature: SignatureVerdict }> {
  const reader = new SegmentReader(expect);
  const kind = path.endsWith('.snap') ? 'snapshot' : 'segment';
  const opener = keys.key ? new Opener(keys.key, kind) : null;
  let bytes = 0;
  try {
    for await (const chunk of chunksOf(fs, path, maxBytes)) {
      bytes += chunk.length;
      reader.push(opener ? opener.push(chunk) : chunk);
    }
    if (opener) {
      if (bytes === 0) throw new SegmentError('the file is empty');
      reader.push(opener.end());
    }
    const segment = reader.end();
    const signature = keys.verdict(expect.rid, kind, reader.sha256!, reader.signature);
    return { ...segment, bytes, signature };
  } catch (error) {
    const failure = error instanceof SealError ? new SegmentError(error.message) : error;
    // The whole file was read before its checks failed: its size says whether it changes later.
    if (failure instanceof SegmentError) Object.assign(failure, { size: bytes });
    throw failure;
  }
}
