// A share link that stops working on a known day (an Azure SAS's expiry): said ahead of time, so
// an administrator gets a new link before officers find sync has stopped.
const DAY_MS = 86_400_000;

/** How far ahead people are told: long enough to get a new link through a council's IT desk. */
export const WARN_DAYS_AHEAD = 30;

export interface CredentialWarning {
  level: 'expired' | 'soon';
  text: string;
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

export function credentialWarning(expires: string | null, now: Date): CredentialWarning | null {
  if (!expires) return null;
  const left = Date.parse(expires) - now.getTime();
  if (Number.isNaN(left)) return null;
  if (left <= 0)
    return {
      level: 'expired',
      text: `The share link stopped working on ${day(expires)}. Ask your administrator for a new one, then join the share again with it (Settings → Central share); nothing on this computer is lost meanwhile.`,
    };
  if (left > WARN_DAYS_AHEAD * DAY_MS) return null;
  const days = Math.max(1, Math.ceil(left / DAY_MS));
  return {
    level: 'soon',
    text: `The share link stops working on ${day(expires)} (in ${days} ${days === 1 ? 'day' : 'days'}). Ask your administrator for a new one before then, and join the share again with it.`,
  };
}

/** What "create-only" means for this share, in one sentence. */
export function describeCreateOnly(kind: 'atomic' | 'check-then-write'): string {
  return kind === 'atomic'
    ? 'The storage itself refuses to replace a file that is already there.'
    : 'Redress looks before it writes (this storage does not refuse to replace files). Safe for syncing, because every file has one writer and carries its fingerprint; two computers setting up a share at the same moment, or a copied computer, are caught later rather than at once.';
}

export const BACKEND_NAMES: Record<'folder' | 'azure' | 's3', string> = {
  folder: 'Shared folder',
  azure: 'Azure Blob Storage',
  s3: 'S3-compatible storage',
};
