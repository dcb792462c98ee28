// AES-256-GCM for keys and files: authenticated, so the wrong key or an altered byte is refused
// rather than decrypted into garbage. Layout: 12-byte nonce | ciphertext | 16-byte tag.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;

export function seal(key: Buffer, plain: Uint8Array, label = ''): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(label));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The plaintext, or null when the key is wrong or the bytes were altered. */
export function open(key: Buffer, sealed: Uint8Array, label = ''): Buffer | null {
  if (sealed.length < NONCE + TAG) return null;
  const bytes = Buffer.from(sealed);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE));
    decipher.setAAD(Buffer.from(label));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - TAG)), decipher.final()]);
  } catch {
    return null;
  }
}

export const newKey = (): Buffer => randomBytes(32);
