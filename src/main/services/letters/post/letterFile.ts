// An issued letter's file for the post run: the very DOCX that was issued, from the store of
// files by its SHA-256 (checked against it), fetched from the central share when it has not
// arrived yet. Never drawn again from the case: what is posted is what was issued.
import type { PostExportProblem } from '../../../../shared/contract/post';
import { isSha256, readVerifiedBlob } from '../../../store/blobStore';
import type { ServiceContext } from '../../../store/context';
import type { PostLetterWithFile } from './list';

export async function issuedFile(
  ctx: ServiceContext,
  letter: PostLetterWithFile,
): Promise<Uint8Array | PostExportProblem> {
  const hash = letter.sha256;
  let found: Uint8Array | 'missing' | 'damaged' =
    hash && isSha256(hash) ? readVerifiedBlob(ctx.dataDir, hash) : 'missing';
  if (typeof found === 'string' && hash && isSha256(hash)) {
    const fromShare = await ctx.sync?.fetchBlob(hash).catch(() => null);
    if (fromShare) found = fromShare;
  }
  if (typeof found !== 'string') return found;
  const which = `The ${letter.label} letter to ${letter.addresseeName} (${letter.reference}, issued ${letter.issuedOn})`;
  return {
    letterId: letter.id,
    reference: letter.reference,
    label: letter.label,
    addresseeName: letter.addresseeName,
    state: found === 'damaged' ? 'damaged' : 'not_yet_arrived',
    message:
      found === 'damaged'
        ? `${which} was left out: its file on this computer has been changed or damaged (its fingerprint does not match the one recorded when it was issued). Sync with the central share to get an intact copy, then export again.`
        : `${which} was left out: its file has not arrived on this computer yet (the computer it was issued on has not shared it). Export again after that computer has synced.`,
  };
}
