// The audit trail in an officer's words: what an entry of the view log says someone did.

const ACCESS: Record<string, string> = {
  'viewed:case': 'Viewed the case',
  'viewed:resident': "Viewed the resident's record",
  'downloaded:attachment': 'Downloaded an attachment',
  'opened:letter': 'Opened an issued letter',
  'issued:letter': 'Issued a letter',
  'exported:post_export': 'Exported letters for posting',
  'backed_up:store': 'Made a backup of the case store',
  'exported:report': 'Exported a performance report',
};

/** "Viewed the case", "Downloaded an attachment"; an action this version does not know, as it is. */
export function describeAccess(action: string, record: string): string {
  return ACCESS[`${action}:${record}`] ?? `${action.replaceAll('_', ' ')} (${record.replaceAll('_', ' ')})`;
}

/** "Viewed the case 2026-AB-0001" when the case is known, else the plain description. */
export function describeAccessOf(action: string, record: string, reference: string | null): string {
  const words = describeAccess(action, record);
  return reference && record === 'case' ? `${words} ${reference}` : words;
}

/** What a change did, in words: "Created a case", "Changed summary on a case (2026-AB-0001)". */
export function describeChangeBrief(
  op: string,
  field: string | null,
  kindLabel: string,
  reference: string | null,
): string {
  const on = reference
    ? `${kindLabel} ${reference}`
    : `${/^[aeiou]/i.test(kindLabel) ? 'an' : 'a'} ${kindLabel}`;
  if (op === 'create') return `Created ${on}`;
  if (field === 'deleted_at') return `Deleted ${on}`;
  return `Changed ${(field ?? 'a field').replaceAll('_', ' ')} of ${on}`;
}
