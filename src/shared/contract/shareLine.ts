// The central share named in a call: checked here, at the contract, like every other value.
import { requiredText } from '../domain/fields';
import { parseShareLocation, ShareLocationError } from '../share/location';

/**
 * The central share's line: a folder's full path, an Azure container's SAS link or an s3://
 * address (share/location.ts says which, and why one is refused).
 */
export function shareLineInput(label: string) {
  return requiredText(4000, label).superRefine((line, ctx) => {
    try {
      parseShareLocation(line);
    } catch (error) {
      if (!(error instanceof ShareLocationError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  });
}
