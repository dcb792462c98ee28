// One change from the audit trail in an officer's words: "Stage 1 handler: Not set → Priya Shah",
// "Point of complaint “Mould in the bathroom”: decision Upheld → Partly upheld", "Added a remedy
// “Apology” (£150.00)". Pure: the service gathers the changes and the records they name.
import { COMPENSATION_HEAD_LABELS } from '../domain/vocabulary';
import { historyKind, type FieldWords, type KindWords, type NamedTable, type Show } from './kinds';
import { TITLES, type Records, type Row } from './titles';
import { codeWords, dayWords, momentWords, moneyWords, shortText, sizeWords } from './words';

export interface LoggedChange {
  entity: string;
  entityId: string;
  op: 'create' | 'set';
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
}

export interface ChangeWords {
  /** The history's filter this change falls under ("Points and decisions"). */
  group: string;
  what: string;
  /** For a changed field: the value before and after, as the screens show them. */
  before: string | null;
  after: string | null;
}

export const NOT_SET = 'Not set';
/** A record the history names that this store no longer holds (or never received). */
export const UNKNOWN_RECORD = 'a record not in this store';

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** The name of a record the history mentions, from what the service read. */
export function recordName(records: Records, table: NamedTable, id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const row = records[table]?.[id];
  if (!row) return null;
  return TITLES[table].title(row, (t, i) => recordName(records, t, i));
}

function heads(v: unknown): string {
  let list: unknown = v;
  if (typeof v === 'string') {
    try {
      list = JSON.parse(v);
    } catch {
      list = [v];
    }
  }
  if (!Array.isArray(list) || list.length === 0) return NOT_SET;
  return list
    .map((h) => (COMPENSATION_HEAD_LABELS as Record<string, string>)[String(h)] ?? codeWords(String(h)))
    .join(', ');
}

/** A stored value as the screens show it; null for a value held only for the machine. */
export function valueWords(show: Show, v: unknown, records: Records): string | null {
  if (show === 'hidden') return null;
  if (isEmpty(v)) return NOT_SET;
  if (typeof show === 'object') {
    if ('ref' in show) return recordName(records, show.ref, v) ?? UNKNOWN_RECORD;
    return show.labels[String(v)] ?? codeWords(String(v));
  }
  switch (show) {
    case 'date':
      return dayWords(String(v));
    case 'moment':
      return momentWords(String(v));
    case 'money':
      return typeof v === 'number' ? moneyWords(v) : shortText(String(v));
    case 'flag':
      return v === 1 || v === true ? 'Yes' : 'No';
    case 'stage':
      return `Stage ${String(v)}`;
    case 'score':
      return String(v);
    case 'points':
      return `${String(v)} pt`;
    case 'bytes':
      return typeof v === 'number' ? sizeWords(v) : shortText(String(v));
    case 'heads':
      return heads(v);
    case 'text':
      return shortText(typeof v === 'string' ? v : JSON.stringify(v));
  }
}

function fieldWords(kind: KindWords, field: string): FieldWords {
  return kind.fields[field] ?? { label: codeWords(field), show: 'text' };
}

function lower(label: string): string {
  // "Stage 1 handler" stays capitalised after a colon in a sentence only for its proper nouns.
  return /^(Stage|Ombudsman|UPRN)\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** A new record in words, with what identifies it. */
function created(entity: string, kind: KindWords, row: Row, records: Records): string {
  const title = TITLES[kind.table].title(row, (t, i) => recordName(records, t, i));
  switch (entity) {
    case 'case':
      return 'Opened the case';
    case 'resident':
      return `Added the resident ${title ?? ''}`.trim();
    case 'property':
      return `Recorded the address ${title ?? ''}`.trim();
    case 'extension':
      return `Extended the stage ${String(row.stage ?? '')} response ${title ?? ''}`
        .replace(/\s+/g, ' ')
        .trim();
    case 'remedy':
      return `Added a remedy: ${valueWords(fieldWords(kind, 'kind').show, row.kind, records) ?? ''}${typeof row.text === 'string' && row.text ? ` “${shortText(row.text, 60)}”` : ''}${typeof row.amount_pence === 'number' ? ` (${moneyWords(row.amount_pence)})` : ''}`;
    case 'contact': {
      const how = (
        valueWords(fieldWords(kind, 'channel').show, row.channel, records) ?? 'contact'
      ).toLowerCase();
      const said = shortText(String(row.summary ?? ''), 80);
      return row.purpose === 'pre_response'
        ? `Tried to reach the resident by ${how} before the response: ${said}`
        : `Logged contact by ${how}: ${said}`;
    }
    case 'case_party':
      return `Added ${title ?? 'a resident'} to the group complaint`;
    case 'amendment':
      return `Amended an issued decision: ${amendedWords(row, records)}`;
    case 'ombudsman_request':
      return `Recorded an Ombudsman ${row.kind === 'order' ? 'order' : 'request for evidence'}${typeof row.due_on === 'string' ? `, due ${dayWords(row.due_on)}` : ''}`;
    default:
      return `Added ${kind.a}${title ? ` ${title}` : ''}`;
  }
}

/** An amendment's field, old and new value, named as the amended record's own field. */
function amendedWords(row: Row, records: Records): string {
  const target = historyKind(String(row.record_kind));
  const field = String(row.field ?? '');
  if (!target) return codeWords(field);
  const words = fieldWords(target, field);
  const parse = (v: unknown) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  };
  const before = valueWords(words.show, parse(row.old_value), records);
  const after = valueWords(words.show, parse(row.new_value), records);
  return before && after ? `${lower(words.label)} ${before} → ${after}` : lower(words.label);
}

/**
 * A change in words, or null for bookkeeping no officer needs (a stamp moving) and for kinds
 * this version does not show.
 */
export function describeChange(c: LoggedChange, records: Records): ChangeWords | null {
  const kind = historyKind(c.entity);
  if (!kind) return null;
  if (c.op === 'create') {
    const row = (c.newValue && typeof c.newValue === 'object' ? c.newValue : {}) as Row;
    return { group: kind.group, what: created(c.entity, kind, row, records), before: null, after: null };
  }
  if (!c.field || kind.quiet.includes(c.field)) return null;
  const title = recordName(records, kind.table, c.entityId);
  const record =
    c.entity === 'case'
      ? ''
      : `${kind.the.charAt(0).toUpperCase()}${kind.the.slice(1)}${title ? ` ${title}` : ''}`;
  if (c.field === 'deleted_at') {
    const what = isEmpty(c.newValue) ? 'Restored' : 'Removed';
    return {
      group: kind.group,
      what: `${what} ${record ? record.charAt(0).toLowerCase() + record.slice(1) : 'the case'}`,
      before: null,
      after: null,
    };
  }
  const words = fieldWords(kind, c.field);
  const before = valueWords(words.show, c.oldValue, records);
  const after = valueWords(words.show, c.newValue, records);
  const what = record ? `${record}: ${lower(words.label)}` : words.label;
  return before === null || after === null
    ? {
        group: kind.group,
        what: `Changed ${record ? `${record.charAt(0).toLowerCase()}${record.slice(1)}’s` : 'the'} ${lower(words.label)}`,
        before: null,
        after: null,
      }
    : { group: kind.group, what, before, after };
}
