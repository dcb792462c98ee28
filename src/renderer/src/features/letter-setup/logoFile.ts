// Reading a chosen logo in the window: its bytes as base64 for the contract, and the same checks
// the main side makes (by the first bytes, at most 1 MB), so a wrong file is named before saving.
import { logoMediaType, logoProblem } from '../../../../shared/letters/logo';

export interface ChosenLogo {
  fileName: string;
  mediaType: string;
  /** base64, the contract's form. */
  bytes: string;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The chosen file as a logo, or why it cannot be one. */
export async function readLogo(file: File): Promise<{ logo: ChosenLogo } | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: `“${file.name}” could not be read from this computer.` };
  }
  const problem = logoProblem(file.name, bytes);
  if (problem) return { problem };
  return { logo: { fileName: file.name, mediaType: logoMediaType(bytes)!, bytes: base64Of(bytes) } };
}

/** A logo's bytes as an image address the window may show (data: is allowed by the page's policy). */
export const logoUrl = (logo: { mediaType: string; bytes: string }) =>
  `data:${logo.mediaType};base64,${logo.bytes}`;
