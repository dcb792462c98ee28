// A case reference is what residents quote on the phone and what letters print, so it must be
// unique across laptops that open cases offline and never change once shown. The installation's
// short code inside the reference makes that true without coordination (sync-research §5.10 B).

export interface CaseReferenceParts {
  prefix: string;
  year: number;
  installationCode: string;
  sequence: number;
}

export function formatCaseReference({
  prefix,
  year,
  installationCode,
  sequence,
}: CaseReferenceParts): string {
  const yy = String(year % 100).padStart(2, '0');
  return `${prefix}-${yy}-${installationCode}-${String(sequence).padStart(4, '0')}`;
}

const REFERENCE = /^([A-Z]{1,5})-(\d{2})-([0-9A-Z]{2})-(\d{4,})$/;

export function parseCaseReference(ref: string): CaseReferenceParts | null {
  const m = REFERENCE.exec(ref.trim().toUpperCase());
  if (!m) return null;
  return { prefix: m[1]!, year: 2000 + Number(m[2]), installationCode: m[3]!, sequence: Number(m[4]) };
}

// Crockford base32 without I, L, O, U: codes read aloud over the phone are not misheard.
export const INSTALLATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function isInstallationCode(code: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{2}$/.test(code);
}
