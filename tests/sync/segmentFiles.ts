// Reading and hand-writing segment files in the tests, independently of the engine's encoder:
// header line, one op per line, trailer line {"end":true,"count":N,"sha256":<hash of all lines before>}.
// Used to forge files a newer Redress (or a broken client) would write.
import { createHash } from 'node:crypto';

export const SEGMENT_PATH = /^replicas\/([^/]+)\/seg\/(\d{10})-([0-9a-f]{16})\.seg$/;

export type Json = Record<string, unknown>;

export interface SegmentFile {
  header: Json;
  ops: Json[];
  trailer: Json;
}

export function parseSegmentFile(bytes: Uint8Array): SegmentFile {
  const lines = Buffer.from(bytes).toString('utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const parsed = lines.map((l) => JSON.parse(l) as Json);
  return { header: parsed[0]!, ops: parsed.slice(1, -1), trailer: parsed[parsed.length - 1]! };
}

export const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** A well-formed segment file (valid hash) for these header fields and ops; `tamper` edits the header after the counts are set. */
export function buildSegmentFile(
  header: Json,
  ops: Json[],
  tamper?: (h: Json) => void,
  sign?: (sha256: string) => string,
): { bytes: Uint8Array; sha256: string; name: string } {
  const h: Json = {
    ...header,
    count: ops.length,
    hlcFirst: ops[0]?.h ?? null,
    hlcLast: ops[ops.length - 1]?.h ?? null,
  };
  tamper?.(h);
  const body = [JSON.stringify(h), ...ops.map((o) => JSON.stringify(o))].join('\n') + '\n';
  const hash = sha256(body);
  const trailer = { end: true, count: ops.length, sha256: hash, ...(sign ? { sig: sign(hash) } : {}) };
  const bytes = Buffer.from(`${body}${JSON.stringify(trailer)}\n`);
  return {
    bytes: new Uint8Array(bytes),
    sha256: hash,
    name: `${String(h.seq).padStart(10, '0')}-${hash.slice(0, 16)}.seg`,
  };
}

/** Byte offsets just after each newline (cutting there leaves a file of whole lines). */
export function lineBoundaries(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 0x0a) out.push(i + 1);
  return out;
}

/** Op clock values in a segment file. */
export function opHlcs(bytes: Uint8Array): string[] {
  return parseSegmentFile(bytes).ops.map((o) => String(o.h));
}
