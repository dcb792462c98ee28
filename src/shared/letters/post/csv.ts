// A spreadsheet file that Excel opens as it is: UTF-8 with a byte-order mark (without it Excel
// reads accents and emoji as the wrong characters), fields quoted as RFC 4180 says, lines ended
// with CRLF. Cells starting with = + - @ are left as text people typed: they are addresses and
// names, never formulas, so a leading apostrophe is added (the usual guard against a spreadsheet
// running a name such as "=HYPERLINK(…)").

const BOM = '\uFEFF';

/** One field: quoted when it holds a comma, a quote, a line break or leading/trailing space. */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The whole file's text: the mark, then every line ended with CRLF. */
export function csvDocument(lines: ReadonlyArray<readonly string[]>): string {
  return BOM + lines.map((l) => `${csvLine(l)}\r\n`).join('');
}
