// The address manifest: one line per letter in print order, for the post room (and a mail-merge).
import { splitPostcode } from './address';

/** A letter as the manifest lists it. */
export interface ManifestLetter {
  number: number;
  reference: string;
  addresseeName: string;
  addressLines: readonly string[];
  letter: string;
  issuedOn: string;
  copyTo: string | null;
  fileName: string;
}

/** Address columns: enough for a UK address; any more lines are joined into the last. */
export const MANIFEST_ADDRESS_COLUMNS = 5;

export const MANIFEST_HEADER = [
  'Number',
  'Reference',
  'Addressee',
  ...Array.from({ length: MANIFEST_ADDRESS_COLUMNS }, (_, i) => `Address line ${i + 1}`),
  'Postcode',
  'Letter',
  'Issued on',
  'Copy to',
  'File',
] as const;

/** The address lines, padded or folded to the fixed columns. */
function addressColumns(lines: readonly string[]): string[] {
  const n = MANIFEST_ADDRESS_COLUMNS;
  const columns = lines.slice(0, n - 1);
  if (lines.length >= n) columns.push(lines.slice(n - 1).join(', '));
  while (columns.length < n) columns.push('');
  return columns;
}

export function manifestLines(letters: readonly ManifestLetter[]): string[][] {
  return [
    [...MANIFEST_HEADER],
    ...letters.map((l) => {
      const { lines, postcode } = splitPostcode(l.addressLines);
      return [
        String(l.number),
        l.reference,
        l.addresseeName,
        ...addressColumns(lines),
        postcode ?? '',
        l.letter,
        l.issuedOn,
        l.copyTo ?? '',
        l.fileName,
      ];
    }),
  ];
}
