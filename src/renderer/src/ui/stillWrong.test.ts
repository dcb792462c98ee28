import { describe, expect, it } from 'vitest';
import { stillWrong } from './stillWrong';

describe('errors while a form is put right', () => {
  it('keeps only the errors the check still finds, in its current words', () => {
    const found = { summary: 'A summary is required', on: 'Enter the date' };
    expect(stillWrong(found, { on: 'Enter the date' })).toEqual({ on: 'Enter the date' });
    expect(stillWrong(found, { summary: 'Too long', on: 'Enter the date' })).toEqual({
      summary: 'Too long',
      on: 'Enter the date',
    });
    expect(stillWrong(found, {})).toEqual({});
  });

  it('adds none the last save did not find', () => {
    expect(stillWrong({}, { summary: 'A summary is required' })).toEqual({});
  });
});
