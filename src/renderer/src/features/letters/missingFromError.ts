// The items a refused issue names: the main side's VALIDATION error carries the content check's
// unmet items in `details.missing` ({ item, label } each).
import { AppError } from '../../../../shared/contract/errors';

export function missingFromError(error: unknown): string[] {
  if (!(error instanceof AppError) || error.code !== 'VALIDATION') return [];
  const missing = error.details?.missing;
  if (!Array.isArray(missing)) return [];
  return missing
    .map((m: unknown) =>
      typeof m === 'string' ? m : typeof m === 'object' && m !== null && 'label' in m ? String(m.label) : '',
    )
    .filter((label) => label !== '');
}
