// The case history's describer: each change in the words the screens use — field labels, names for
// ids, vocabulary labels for codes, dates as "Wed 14 Jan 2026", money as £ — never a raw id, a
// snake_case code or an ISO date.
import { describe, expect, it } from 'vitest';
import {
  describeChange,
  NOT_SET,
  UNKNOWN_RECORD,
  type LoggedChange,
} from '../../src/shared/history/describe';
import { HISTORY_KINDS } from '../../src/shared/history/kinds';
import type { Records } from '../../src/shared/history/titles';
import { dayWords, momentWords } from '../../src/shared/history/words';
import { RECORD_KINDS, type AnyRecordKind } from '../../src/main/store/registry';
import { ruleFor } from '../../src/main/store/fieldValues';

const PRIYA = '01936a1e-0000-7000-8000-000000000001';
const CASE = '01936a1e-0000-7000-8000-000000000002';
const POINT = '01936a1e-0000-7000-8000-000000000003';
const JOAN = '01936a1e-0000-7000-8000-000000000004';
const GONE = '01936a1e-0000-7000-8000-0000000000ff';

const records: Records = {
  people: { [PRIYA]: { id: PRIYA, name: 'Priya Shah' } },
  cases: { [CASE]: { id: CASE, reference: 'RD-26-9Q-0001' } },
  complaint_points: { [POINT]: { id: POINT, point: 'Three missed repair appointments' } },
  residents: { [JOAN]: { id: JOAN, name: 'Joan Okafor' } },
};

const set = (
  entity: string,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  entityId = CASE,
): LoggedChange => ({
  entity,
  entityId,
  op: 'set',
  field,
  oldValue,
  newValue,
});
const create = (entity: string, row: Record<string, unknown>, entityId = CASE): LoggedChange => ({
  entity,
  entityId,
  op: 'create',
  field: null,
  oldValue: null,
  newValue: row,
});

describe('describing a change', () => {
  it.each<[string, LoggedChange, string, string | null, string | null]>([
    [
      'a handler by name',
      set('case', 'stage1_handler_id', null, PRIYA),
      'Stage 1 handler',
      NOT_SET,
      'Priya Shah',
    ],
    [
      'a status by its label',
      set('case', 'status', 'stage1', 'stage2_requested'),
      'Status',
      'Stage 1',
      'Escalation requested',
    ],
    [
      'a date as the screens write it',
      set('case', 'received_on', '2026-01-13', '2026-01-14'),
      'Received',
      'Tue 13 Jan 2026',
      'Wed 14 Jan 2026',
    ],
    ['a flag as yes or no', set('case', 'hs_risk', 0, 1), 'Health and safety risk', 'No', 'Yes'],
    [
      'a decision on a named point',
      set('complaint_point', 'decision', 'upheld', 'partly_upheld', POINT),
      'The point of complaint “Three missed repair appointments”: decision',
      'Upheld',
      'Partly upheld',
    ],
    [
      'money in pounds',
      set('remedy', 'amount_pence', 15000, 30050, GONE),
      'The remedy: amount',
      '£150.00',
      '£300.50',
    ],
    [
      'a person no longer in the store',
      set('case', 'owner_id', GONE, PRIYA),
      'Handler',
      UNKNOWN_RECORD,
      'Priya Shah',
    ],
    [
      'consent with its date on the resident',
      set('resident', 'representative_consent_on', null, '2026-02-02', JOAN),
      'The resident Joan Okafor: consent given',
      NOT_SET,
      'Mon 2 Feb 2026',
    ],
    [
      'a code this version has no label for',
      set('case', 'service_area', null, 'grounds_maintenance'),
      'Service area',
      NOT_SET,
      'Grounds maintenance',
    ],
  ])('%s', (_, change, what, before, after) => {
    expect(describeChange(change, records)).toMatchObject({ what, before, after });
  });

  it.each<[string, LoggedChange, string]>([
    ['opening the case', create('case', { reference: 'RD-26-9Q-0001' }), 'Opened the case'],
    [
      'a contact attempt before the response',
      create('contact', {
        channel: 'phone',
        purpose: 'pre_response',
        outcome: 'no_answer',
        summary: 'No answer',
      }),
      'Tried to reach the resident by phone before the response: No answer',
    ],
    [
      'a call',
      create('contact', { channel: 'in_person', summary: 'Came to the office' }),
      'Logged contact by in person: Came to the office',
    ],
    [
      'a remedy with its amount',
      create('remedy', { kind: 'financial', text: 'For the missed visits', amount_pence: 15000 }),
      'Added a remedy: Financial remedy “For the missed visits” (£150.00)',
    ],
    [
      'an extension with its date',
      create('extension', { stage: 1, new_due: '2026-03-02' }),
      'Extended the stage 1 response to Mon 2 Mar 2026',
    ],
    [
      'a resident joining a group complaint',
      create('case_party', { resident_id: JOAN }),
      'Added Joan Okafor to the group complaint',
    ],
    [
      'an amendment in the amended field’s words',
      create('amendment', {
        record_kind: 'complaint_point',
        field: 'decision',
        old_value: 'upheld',
        new_value: 'not_upheld',
        reason: 'New evidence',
      }),
      'Amended an issued decision: decision Upheld → Not upheld',
    ],
  ])('%s', (_, change, what) => {
    expect(describeChange(change, records)?.what).toBe(what);
  });

  it('says a record was removed, and leaves out stamps no officer needs', () => {
    expect(
      describeChange(set('complaint_point', 'deleted_at', null, '2026-01-14T10:00:00.000Z', POINT), records)
        ?.what,
    ).toBe('Removed the point of complaint “Three missed repair appointments”');
    expect(describeChange(set('case', 'updated_at', 'a', 'b'), records)).toBeNull();
    expect(describeChange(set('setting', 'value', 'a', 'b'), records)).toBeNull();
  });

  it('names a change it cannot show (a letter’s wording) without its values', () => {
    expect(describeChange(set('letter', 'sections', '{}', '{"opening":[]}', GONE), records)).toMatchObject({
      what: 'Changed the letter’s wording',
      before: null,
      after: null,
    });
  });

  it('writes moments in UK time', () => {
    expect(momentWords('2026-07-01T09:05:00.000Z')).toBe('Wed 1 Jul 2026, 10:05');
    expect(dayWords('2026-01-14')).toBe('Wed 14 Jan 2026');
  });
});

describe('the history’s words cover the registry', () => {
  const shown = Object.entries(RECORD_KINDS as Record<string, AnyRecordKind>).filter(
    ([, k]) => k.history !== 'none',
  );

  it('has words for every kind of record the history shows', () => {
    expect(shown.map(([name]) => name).filter((name) => !(name in HISTORY_KINDS))).toEqual([]);
  });

  it('labels every synced field of those kinds (or says it is bookkeeping), and every value of a closed list', () => {
    const missing: string[] = [];
    for (const [name, kind] of shown) {
      const words = HISTORY_KINDS[name as keyof typeof HISTORY_KINDS];
      for (const field of kind.fields) {
        const w = words.fields[field];
        if (!w && words.quiet.includes(field)) continue;
        if (!w) {
          missing.push(`${name}.${field}`);
          continue;
        }
        const rule = ruleFor(kind.table, field);
        if (rule?.kind === 'one_of' && typeof w.show === 'object' && 'labels' in w.show)
          for (const v of rule.values) if (!w.show.labels[v]) missing.push(`${name}.${field} = ${v}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
