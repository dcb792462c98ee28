// Money as officers write it (£1,234.56) and as the store keeps it (whole pence), so a sum is never
// rounded by floating point on its way in or out.

/** £1,234.56 from 123456 pence. */
export function formatPounds(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString('en-GB');
  return `£${pounds}.${String(pence % 100).padStart(2, '0')}`;
}

const POUNDS = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Whole pence from "150", "150.5", "£1,250.00"; null when the text is not an amount of money. */
export function poundsToPence(text: string): number | null {
  const m = POUNDS.exec(text.trim());
  if (!m) return null;
  const pounds = Number(m[1]!.replace(/,/g, ''));
  const pence = Number((m[2] ?? '').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : null;
}
