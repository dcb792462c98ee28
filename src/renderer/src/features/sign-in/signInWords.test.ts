import { describe, expect, it } from 'vitest';
import { waitSentence, wrongPasswordSentence } from './signInWords';

describe('the sign-in sentences', () => {
  it.each([
    [30, 'Too many tries — wait 30 seconds'],
    [1, 'Too many tries — wait 1 second'],
    [2, 'Too many tries — wait 2 seconds'],
  ])('waiting %i seconds reads "%s"', (seconds, sentence) => {
    expect(waitSentence(seconds)).toBe(sentence);
  });

  it('names whose password was wrong', () => {
    expect(wrongPasswordSentence('Priya Shah')).toBe(
      'That is not Priya Shah’s password. Check Caps Lock and try again.',
    );
  });
});
