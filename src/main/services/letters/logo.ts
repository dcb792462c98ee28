// The house style's logo for a letter: read from the blob store by its fingerprint. A logo not yet
// arrived from the share (or damaged) leaves the letter without one rather than refusing it.
import { readVerifiedBlob } from '../../store/blobStore';

const PNG = [0x89, 0x50, 0x4e, 0x47];

export function logoFor(
  dataDir: string,
  sha256: string | null,
): { bytes: Uint8Array; type: 'png' | 'jpg' } | null {
  if (!sha256) return null;
  const bytes = readVerifiedBlob(dataDir, sha256);
  if (typeof bytes === 'string') return null;
  return { bytes, type: PNG.every((b, i) => bytes[i] === b) ? 'png' : 'jpg' };
}
