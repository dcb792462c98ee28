// Naming the central share on the command line: a folder, an Azure SAS link or an s3:// address.
import { resolve } from 'node:path';
import type { RedressApp } from '../app';
import { type Flags, UsageError } from './args';
import { call } from './io';

/**
 * The share: --share, the first word after the command, or the one this store remembers. A
 * folder given relative to where the command runs is made absolute here, because the contract
 * takes only full paths (it cannot know this process's working folder). An s3:// address without
 * keys takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as AWS's own tools do.
 */
export async function shareFolder(app: RedressApp, f: Flags, p: string[]): Promise<string> {
  const given = f.string('share') ?? p[0];
  if (given) return shareLineOf(given);
  const remembered = (await call(app, 'share.status', {})).path;
  if (!remembered)
    throw new UsageError(
      'Say where the central share is, e.g. --share /mnt/complaints-share, --share "https://acct.blob.core.windows.net/complaints?sv=…" or --share s3://bucket/complaints',
    );
  return remembered;
}

export function shareLineOf(given: string): string {
  if (/^s3:\/\//i.test(given)) {
    const url = new URL(given);
    const id = process.env.AWS_ACCESS_KEY_ID;
    const secret = process.env.AWS_SECRET_ACCESS_KEY;
    if (!url.username && id && secret) {
      url.username = encodeURIComponent(id);
      url.password = encodeURIComponent(secret);
    }
    return url.toString();
  }
  return /^https?:\/\//i.test(given) ? given : resolve(given);
}
