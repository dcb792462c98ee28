// The names the post run gives its files: numbered in print order so a folder sorted by name is
// the order of letters.pdf and the manifest, and safe on Windows, macOS and a network share.

/** Characters no Windows file name may hold, and control characters. */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]/g;

/** How many digits the numbers need so they sort: at least four (0001). */
export function numberWidth(total: number): number {
  return Math.max(4, String(total).length);
}

/** "0001 RD-26-K7-0001 Stage 1 response.docx". */
export function letterFileName(number: number, total: number, reference: string, label: string): string {
  const name = `${String(number).padStart(numberWidth(total), '0')} ${reference} ${label}`
    .replace(NOT_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces, so a name ending in one would not be the name written.
    .replace(/[. ]+$/, '');
  return `${name}.docx`;
}

/** The folder a post run goes into: "Post 2026-12-03" or "Post 2026-12-01 to 2026-12-03". */
export function postFolderName(from: string, to: string): string {
  return from === to ? `Post ${from}` : `Post ${from} to ${to}`;
}
