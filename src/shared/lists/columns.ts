// The columns of the case lists an officer may show or hide (the reference always shows: it is
// how a case is opened from the list). Kept per officer on their own computer.
export const LISTS = ['open_cases', 'cases'] as const;
export type ListName = (typeof LISTS)[number];

export const LIST_COLUMNS = {
  open_cases: ['type', 'resident', 'subject', 'stage', 'nextDeadline', 'handler', 'serviceArea'],
  cases: ['type', 'resident', 'subject', 'status', 'nextDeadline', 'handler', 'created'],
} as const satisfies Record<ListName, readonly string[]>;

export type ListColumn = (typeof LIST_COLUMNS)[ListName][number];

export const COLUMN_LABELS: Record<ListColumn, string> = {
  type: 'Type',
  resident: 'Resident',
  subject: 'Subject',
  stage: 'Stage',
  status: 'Status',
  nextDeadline: 'Next deadline',
  handler: 'Handler',
  serviceArea: 'Service area',
  created: 'Opened',
};

/** What a list shows until the officer chooses: everything but the less used. */
export const DEFAULT_COLUMNS: Record<ListName, readonly ListColumn[]> = {
  open_cases: ['type', 'resident', 'subject', 'stage', 'nextDeadline', 'handler'],
  cases: ['type', 'resident', 'subject', 'status', 'nextDeadline', 'handler', 'created'],
};

/** The list's columns in its own order, keeping only those it has (a stored choice may predate a change). */
export function columnsInOrder(list: ListName, chosen: readonly string[]): ListColumn[] {
  return (LIST_COLUMNS[list] as readonly ListColumn[]).filter((c) => chosen.includes(c));
}
