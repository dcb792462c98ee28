// Segment files: a header line, one op per line, and a trailer carrying the SHA-256 of everything
// before it. A file is accepted whole or not at all: partial, growing, truncated or corrupted
// files fail the check and are retried later (or quarantined), never half-applied.
import { createHash } from 'node:crypto';
import { isOp, type Op } from './ops';

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

export function encodeSegment(
  header: Omit<SegmentHeader, 'magic' | 'format' | 'count' | 'hlcFirst' | 'hlcLast'>,
  ops: readonly Op[],
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
  const bytes = Buffer.from(`${body}${JSON.stringify({ end: true, count: ops.length, sha256 })}\n`);
  return { bytes, sha256 };
}

export class SegmentError extends Error {}

/** Verifies and parses a segment; throws SegmentError saying what is wrong. */
export function decodeSegment(
  bytes: Uint8Array,
  expect: { rid: string; seq: number; hash16: string },
): Segment {
  if (bytes.length === 0) throw new SegmentError('the file is empty');
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.endsWith('\n')) throw new SegmentError('the file is incomplete (no end line)');
  const trailerStart = text.lastIndexOf('\n', text.length - 2) + 1;
  let trailer: { end?: unknown; count?: unknown; sha256?: unknown };
  try {
    trailer = JSON.parse(text.slice(trailerStart));
  } catch {
    throw new SegmentError('the file is incomplete (its end line is missing or damaged)');
  }
  if (trailer.end !== true || typeof trailer.sha256 !== 'string')
    throw new SegmentError('the file is incomplete (no end line)');
  const body = text.slice(0, trailerStart);
  const sha256 = createHash('sha256').update(body).digest('hex');
  if (sha256 !== trailer.sha256) throw new SegmentError('the contents do not match their checksum');
  if (!sha256.startsWith(expect.hash16)) throw new SegmentError('the file name does not match its contents');
  const lines = body.split('\n');
  lines.pop();
  let header: SegmentHeader;
  try {
    header = JSON.parse(lines[0] ?? '');
  } catch {
    throw new SegmentError('the header is damaged');
  }
  if (header.magic !== SEGMENT_MAGIC) throw new SegmentError('it is not a Redress segment');
  if (header.format > SEGMENT_FORMAT)
    throw new SegmentError(`it was written in a newer format (${header.format}); update Redress to read it`);
  if (header.rid !== expect.rid || header.seq !== expect.seq)
    throw new SegmentError('it is not where its header says it belongs');
  if (header.count !== lines.length - 1 || trailer.count !== header.count)
    throw new SegmentError('the number of changes does not match');
  const ops: Op[] = [];
  for (let i = 1; i < lines.length; i++) {
    let op: unknown;
    try {
      op = JSON.parse(lines[i]!);
    } catch {
      throw new SegmentError(`change ${i} is damaged`);
    }
    if (!isOp(op)) throw new SegmentError(`change ${i} is not a change Redress can read`);
    ops.push(op);
  }
  return { header, ops };
}
