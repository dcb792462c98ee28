// The letterhead logo: a PNG or JPEG small enough to sit in every letter and travel to every
// computer. Recognised by its first bytes, so a renamed file of another kind is refused.

/** 1 MB: a letterhead logo is a few tens of KB; more would bloat every issued letter. */
export const LOGO_MAX_BYTES = 1_048_576;

export type LogoMediaType = 'image/png' | 'image/jpeg';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What the file really is, from its first bytes; null when it is neither a PNG nor a JPEG. */
export function logoMediaType(bytes: Uint8Array): LogoMediaType | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

/** Why this file cannot be the logo, in plain words; null when it can. */
export function logoProblem(fileName: string, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return `“${fileName}” is empty (0 bytes), so there is no logo in it.`;
  if (logoMediaType(bytes) === null)
    return `“${fileName}” is not a PNG or JPEG picture (its contents say otherwise). Save the logo as PNG or JPEG and choose that.`;
  if (bytes.length > LOGO_MAX_BYTES)
    return `“${fileName}” is ${(bytes.length / 1_048_576).toFixed(1)} MB; a logo can be up to 1 MB. Save a smaller copy (a letterhead logo needs about 600 pixels across).`;
  return null;
}
