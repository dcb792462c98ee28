// Learning from complaints (src/shared/learning/): the landlord's root causes and when satisfaction
// can have been asked.
import { describe, expect, it } from 'vitest';
import { knownRootCause, rootCauseListProblem, rootCauseProblem } from '../../src/shared/learning/rootCauses';
import { NOT_CLOSED, satisfactionDateProblem } from '../../src/shared/learning/satisfaction';

const list = ['Appointment missed', 'Poor communication', 'Contractor performance'];

describe('knownRootCause', () => {
  it.each([
    ['Appointment missed', 'Appointment missed'],
    ['appointment MISSED', 'Appointment missed'], // the list's own spelling is kept
    ['  Poor communication ', 'Poor communication'],
    ['Bad luck', null],
    ['', null],
  ] as const)('%j → %j', (cause, known) => {
    expect(knownRootCause(cause, list)).toBe(known);
  });
});

describe('rootCauseProblem', () => {
  it('accepts a cause on the list', () => {
    expect(rootCauseProblem('poor communication', list)).toBeNull();
  });
  it('refuses one that is not, naming every cause that is', () => {
    expect(rootCauseProblem('Bad luck', list)).toBe(
      '"Bad luck" is not on this landlord\'s list of root causes. Choose one of: Appointment missed; Poor communication; Contractor performance.',
    );
  });
});

describe('rootCauseListProblem', () => {
  it.each([
    [list, null],
    [[], 'Give at least one root cause.'],
    [['Appointment missed', ' '], 'A root cause cannot be blank.'],
    [['Appointment missed', 'appointment missed'], '"appointment missed" is on the list twice.'],
    [['x'.repeat(101)], `"${'x'.repeat(40)}…" is longer than 100 characters.`],
    [Array.from({ length: 61 }, (_, i) => `Cause ${i}`), 'A list of at most 60 root causes.'],
  ] as const)('%j: %s', (causes, problem) => {
    expect(rootCauseListProblem(causes)).toBe(problem);
  });
});

describe('satisfactionDateProblem', () => {
  const today = '2026-05-20';
  it.each([
    ['2026-05-20', '2026-05-01', null], // asked today
    ['2026-05-01', '2026-05-01', null], // asked the day it closed
    ['2026-04-30', '2026-05-01', 'The resident cannot have been asked before the case closed (2026-05-01).'],
    ['2026-05-21', '2026-05-01', 'That date is in the future.'],
    ['2026-05-10', null, NOT_CLOSED], // an open case is refused whatever the date
  ] as const)('asked %s, closed %s: %s', (askedOn, closedOn, problem) => {
    expect(satisfactionDateProblem(askedOn, { today, closedOn })).toBe(problem);
  });
});
