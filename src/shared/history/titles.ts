// How a record is named in a history row: a point by its words, a letter by its type, a person by
// their name. The service reads exactly these columns of the records a history mentions (one
// query per table), so an id is never what the officer reads.
import { LETTER_TYPE_LABELS } from '../letters/letterTypes';
import { CHANNEL_LABELS, REMEDY_KIND_LABELS } from '../domain/vocabulary';
import type { NamedTable } from './kinds';
import { codeWords, dayWords, momentWords, shortText } from './words';

export type Row = Readonly<Record<string, unknown>>;
/** Records by table and id, as read for one history. */
export type Records = Partial<Record<NamedTable, Readonly<Record<string, Row>>>>;

export interface TitleRule {
  columns: readonly string[];
  /** Records this title names in turn (a group complaint's resident): read after the first pass. */
  refs?: Readonly<Record<string, NamedTable>>;
  title: (row: Row, name: (table: NamedTable, id: unknown) => string | null) => string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const quoted = (v: unknown, max = 60): string | null => {
  const s = str(v);
  return s ? `“${shortText(s, max)}”` : null;
};
const label = (labels: Readonly<Record<string, string>>, v: unknown) =>
  typeof v === 'string' ? (labels[v] ?? codeWords(v)) : null;

export const TITLES: Record<NamedTable, TitleRule> = {
  people: { columns: ['name'], title: (r) => str(r.name) },
  residents: { columns: ['name'], title: (r) => str(r.name) },
  cases: { columns: ['reference'], title: (r) => str(r.reference) },
  properties: {
    columns: ['address_line1', 'postcode'],
    title: (r) => [str(r.address_line1), str(r.postcode)].filter(Boolean).join(', ') || null,
  },
  complaint_points: { columns: ['point'], title: (r) => quoted(r.point) },
  remedies: {
    columns: ['kind', 'text'],
    title: (r) => quoted(r.text) ?? label(REMEDY_KIND_LABELS, r.kind),
  },
  promised_actions: { columns: ['what'], title: (r) => quoted(r.what) },
  letter_templates: { columns: ['name'], title: (r) => str(r.name) },
  case_notes: { columns: ['text'], title: (r) => quoted(r.text) },
  improvements: { columns: ['title'], title: (r) => quoted(r.title) },
  extensions: {
    columns: ['new_due'],
    title: (r) => (str(r.new_due) ? `to ${dayWords(r.new_due as string)}` : null),
  },
  ombudsman_requests: {
    columns: ['kind', 'requested_on'],
    title: (r) => (str(r.requested_on) ? `of ${dayWords(r.requested_on as string)}` : null),
  },
  case_parties: {
    columns: ['resident_id'],
    refs: { resident_id: 'residents' },
    title: (r, name) => name('residents', r.resident_id),
  },
  contacts: {
    columns: ['occurred_at', 'channel'],
    title: (r) =>
      str(r.occurred_at)
        ? `(${label(CHANNEL_LABELS, r.channel) ?? 'contact'}, ${momentWords(r.occurred_at as string)})`
        : null,
  },
  attachments: { columns: ['file_name'], title: (r) => quoted(r.file_name) },
  investigation_tasks: { columns: ['what'], title: (r) => quoted(r.what) },
  action_updates: { columns: ['said'], title: (r) => quoted(r.said) },
  amendments: { columns: ['reason'], title: () => null },
  improvement_cases: {
    columns: ['improvement_id'],
    refs: { improvement_id: 'improvements' },
    title: (r, name) => name('improvements', r.improvement_id),
  },
  letters: {
    columns: ['type'],
    title: (r) => (str(r.type) ? `“${label(LETTER_TYPE_LABELS, r.type)}”` : null),
  },
};
