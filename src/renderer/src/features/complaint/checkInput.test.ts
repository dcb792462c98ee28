import { describe, expect, it } from 'vitest';
import { AddPointInput, CaseCommandInput } from '../../../../shared/contract';
import { checkInput } from './checkInput';

const CASE_ID = '0190f0c2-7d2a-7c4e-9a43-0d6f1f3c1a11';

describe('checking a complaint form with the contract', () => {
  it('finds nothing wrong with what the contract accepts', () => {
    const input = { id: CASE_ID, command: { kind: 'respond', on: '2026-03-12' } };
    expect(checkInput(CaseCommandInput, input, ['on'], { prefixes: ['command'] })).toEqual({
      fields: {},
      form: null,
    });
  });

  it('puts the form’s own words on an empty field, by its name on screen', () => {
    const input = {
      id: CASE_ID,
      command: { kind: 'extend', newDue: '', reason: ' ', residentToldOn: '2026-03-12' },
    };
    const errors = checkInput(CaseCommandInput, input, ['newDue', 'reason', 'residentToldOn'], {
      prefixes: ['command'],
      whenEmpty: { newDue: 'Enter the new response date.' },
    });
    expect(errors.fields).toEqual({
      newDue: 'Enter the new response date.',
      reason: 'The reason for the extension is required',
    });
    expect(errors.form).toBeNull();
  });

  it('keeps the contract’s words when a field is filled but wrong', () => {
    const errors = checkInput(AddPointInput, { caseId: CASE_ID, point: 'x'.repeat(2001) }, ['point'], {
      whenEmpty: { point: 'Write the point of complaint.' },
    });
    expect(errors.fields.point).toBe('Must be at most 2000 characters');
  });

  it('says at the top what no field on screen can show', () => {
    const errors = checkInput(AddPointInput, { caseId: 'not an id', point: 'Missed visits' }, ['point']);
    expect(errors).toEqual({ fields: {}, form: 'Must be a record id' });
  });
});
