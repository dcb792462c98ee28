// Encryption on the share. Every file Redress writes to the share (segments, snapshots, blobs,
// the personal part of hello files, vouches) is sealed with the share key in a small envelope:
//
//   "RDXE" | version (1 byte) | purpose (1 byte) | nonce (12 bytes) | AES-256-GCM ciphertext | tag (16 bytes)
//
// The first 18 bytes are the additional authenticated data, so a file cannot be passed off as
// another kind (a blob as a segment) or as another version. A file that fails authentication is
// treated exactly as a damaged one. Large files (snapshots run to gigabytes) are opened as a
// stream: plaintext is handed on as it is decrypted, and `end()` authenticates the whole file,
// so callers judge nothing before `end()` has passed (segment.ts already waits for its trailer).
import { createCipheriv, createDecipheriv, createHmac, randomBytes, type DecipherGCM } from 'node:crypto';

const MAGIC = Buffer.from('RDXE', 'ascii');
const VERSION = 1;
const HEADER_BYTES = 4 + 1 + 1 + 12;
const TAG_BYTES = 16;

export const PURPOSES = { segment: 1, snapshot: 2, blob: 3, hello: 4, vouch: 5, invite: 6 } as const;
export type Purpose = keyof typeof PURPOSES;

/** The failure of a sealed file: damaged, cut short, or not written with this share's key. */
export class SealError extends Error {}

export const SHARE_KEY_BYTES = 32;

export function newShareKey(): Buffer {
  return randomBytes(SHARE_KEY_BYTES);
}

function header(purpose: Purpose, nonce: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([VERSION, PURPOSES[purpose]]), nonce]);
}

export function seal(key: Uint8Array, purpose: Purpose, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(12);
  const head = header(purpose, nonce);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(head);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([head, body, cipher.getAuthTag()]);
}

/** Opens a sealed file as it streams in: `push` returns plaintext, `end` authenticates it. */
export class Opener {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private decipher: DecipherGCM | null = null;

  constructor(
    private readonly key: Uint8Array,
    private readonly purpose: Purpose,
  ) {}

  push(chunk: Uint8Array): Buffer {
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (!this.decipher) {
      this.head = Buffer.concat([this.head, data]);
      if (this.head.length < HEADER_BYTES) return Buffer.alloc(0);
      const head = this.head.subarray(0, HEADER_BYTES);
      if (!head.subarray(0, 4).equals(MAGIC)) throw new SealError('it is not an encrypted Redress file');
      if (head[4]! > VERSION)
        throw new SealError('it was encrypted by a newer version of Redress; update Redress to read it');
      if (head[4] !== VERSION || head[5] !== PURPOSES[this.purpose])
        throw new SealError('it is not the kind of file its name says');
      this.decipher = createDecipheriv('aes-256-gcm', this.key, head.subarray(6, HEADER_BYTES));
      this.decipher.setAAD(head);
      data = this.head.subarray(HEADER_BYTES);
      this.head = Buffer.alloc(0);
    }
    // The last 16 bytes seen so far may be the tag: held back until more arrives.
    const joined = this.tail.length ? Buffer.concat([this.tail, data]) : data;
    const cut = Math.max(0, joined.length - TAG_BYTES);
    this.tail = Buffer.from(joined.subarray(cut));
    return cut > 0 ? this.decipher.update(joined.subarray(0, cut)) : Buffer.alloc(0);
  }

  /** Authenticates the whole file; throws SealError if any byte was altered or the file is cut short. */
  end(): Buffer {
    if (!this.decipher || this.tail.length < TAG_BYTES) throw new SealError('the file is incomplete');
    this.decipher.setAuthTag(this.tail);
    try {
      return this.decipher.final();
    } catch {
      throw new SealError(
        'it failed its authenticity check (damaged, altered, or not written with this share’s key)',
      );
    }
  }
}

export function open(key: Uint8Array, purpose: Purpose, sealed: Uint8Array): Buffer {
  const opener = new Opener(key, purpose);
  const first = opener.push(sealed);
  return Buffer.concat([first, opener.end()]);
}

/**
 * A blob's name on the share: a keyed hash of its content hash, so the folder never lets anyone
 * confirm that a document they already hold (a known letter, a photo) is in it.
 */
export function blobNameOf(key: Uint8Array, sha256: string): string {
  return createHmac('sha256', key).update(`redress-blob-name\n${sha256}`).digest('hex');
}
