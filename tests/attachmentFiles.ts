// Small real files for attachment tests: a valid 1×1 PNG, a PDF, and helpers that make distinct files.
import { createHash } from 'node:crypto';

/** A real 1×1 PNG (a red pixel). */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** A tiny PDF: enough for its magic bytes; `n` makes each one different. */
export function pdf(n = 0): Buffer {
  return Buffer.from(`%PDF-1.4\n% letter ${n}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
}

/** A JPEG-headed file of `size` bytes whose contents depend on `seed` (distinct fingerprints). */
export function jpeg(size: number, seed: number): Buffer {
  const b = Buffer.alloc(Math.ceil(size / 4) * 4);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b.writeUInt32LE(x >>> 0, i);
  }
  b[0] = 0xff;
  b[1] = 0xd8;
  b[2] = 0xff;
  return b.subarray(0, size);
}

export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
