import { describe, expect, it } from 'vitest';
import { matchScreens, SCREENS } from './screens';

describe('matchScreens', () => {
  it.each([
    ['', SCREENS.map((s) => s.label)],
    ['my', ['My work']],
    ['LOG', ['Log a call']],
    ['phone', ['Log a call']],
    ['policy', ['Settings']],
    ['open cases', ['Open cases', 'My work']],
    ['overdue', ['My work', 'Open cases']],
    ['CMP-26-AB', []],
  ])('"%s" → %j', (typed, labels) => {
    expect(matchScreens(typed).map((s) => s.label)).toEqual(labels);
  });
});
