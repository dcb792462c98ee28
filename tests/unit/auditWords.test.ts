import { describe, expect, it } from 'vitest';
import { canReadAudit } from '../../src/shared/audit/auditors';
import { describeAccess, describeAccessOf, describeChangeBrief } from '../../src/shared/audit/words';

describe('the audit trail in words', () => {
  it.each([
    ['viewed', 'case', 'Viewed the case'],
    ['viewed', 'resident', "Viewed the resident's record"],
    ['downloaded', 'attachment', 'Downloaded an attachment'],
    ['opened', 'letter', 'Opened an issued letter'],
    ['issued', 'letter', 'Issued a letter'],
    ['exported', 'post_export', 'Exported letters for posting'],
    ['backed_up', 'store', 'Made a backup of the case store'],
    ['printed', 'rent_statement', 'printed (rent statement)'],
  ])('%s %s → %s', (action, record, words) => {
    expect(describeAccess(action, record)).toBe(words);
  });

  it('names the case by its reference when it is known', () => {
    expect(describeAccessOf('viewed', 'case', 'RD-26-K7-0001')).toBe('Viewed the case RD-26-K7-0001');
    expect(describeAccessOf('downloaded', 'attachment', null)).toBe('Downloaded an attachment');
  });

  it.each([
    ['create', null, 'case', 'RD-26-K7-0001', 'Created case RD-26-K7-0001'],
    ['create', null, 'attachment', null, 'Created an attachment'],
    ['set', 'summary', 'case', 'RD-26-K7-0001', 'Changed summary of case RD-26-K7-0001'],
    ['set', 'received_on', 'extension', null, 'Changed received on of an extension'],
    ['set', 'deleted_at', 'resident', null, 'Deleted a resident'],
  ])('%s %s on a %s', (op, field, label, reference, words) => {
    expect(describeChangeBrief(op, field, label, reference)).toBe(words);
  });

  it('only managers and administrators read the audit trail', () => {
    expect(['officer', 'senior_officer', 'manager', 'admin'].filter(canReadAudit)).toEqual([
      'manager',
      'admin',
    ]);
  });
});
