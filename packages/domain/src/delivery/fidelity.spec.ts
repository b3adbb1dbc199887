import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addDays } from './dates.js';
import { fidelity, type FidelitySession } from './fidelity.js';

const programme = { minSessionsPerFamily: 8, cyclesPerFamily: 3 };
const family = { reference: 'F-LA1-7KQ2M9' };

/** The model course: initial meeting, three filming + shared review cycles, final evaluation, weekly. */
function course(start = '2022-01-03'): FidelitySession[] {
  const types: Array<[FidelitySession['type'], number | null]> = [
    ['initial_meeting', null],
    ['filming', 1],
    ['shared_review', 1],
    ['filming', 2],
    ['shared_review', 2],
    ['filming', 3],
    ['shared_review', 3],
    ['final_evaluation', null],
  ];
  return types.map(([type, cycle], i) => ({
    familyReference: family.reference,
    date: addDays(start, 7 * i),
    type,
    cycle,
    outcome: 'held',
  }));
}

describe('fidelity', () => {
  it('passes every check for the model course', () => {
    const result = fidelity(family, course(), programme);
    assert.deepEqual(
      { ...result, checks: result.checks.filter((c) => !c.passed) },
      {
        sessionsHeld: 8,
        minSessions: 8,
        cyclesCompleted: 3,
        cyclesRequired: 3,
        weeklyRhythm: true,
        longestGapDays: 7,
        inModelOrder: true,
        checks: [],
      },
    );
  });

  it('does not count a cycle whose shared review was cancelled, nor sessions not held', () => {
    const sessions = course().map((s) =>
      s.type === 'shared_review' && s.cycle === 2
        ? { ...s, outcome: 'cancelled_by_family' as const }
        : s,
    );
    const result = fidelity(family, sessions, programme);
    assert.equal(result.cyclesCompleted, 2);
    assert.equal(result.sessionsHeld, 7);
    assert.deepEqual(
      result.checks.filter((c) => !c.passed).map((c) => [c.key, c.detail]),
      [
        ['sessions', '7 of 8 sessions held'],
        ['cycles', '2 of 3 cycles completed'],
      ],
    );
  });

  it('allows a 14-day gap in the weekly rhythm but not 15', () => {
    const stretch = (days: number) =>
      course().map((s, i) => (i >= 4 ? { ...s, date: addDays(s.date, days - 7) } : s));
    assert.equal(fidelity(family, stretch(14), programme).weeklyRhythm, true);
    const late = fidelity(family, stretch(15), programme);
    assert.equal(late.weeklyRhythm, false);
    assert.equal(late.checks.find((c) => c.key === 'weekly_rhythm')!.detail, 'longest gap 15 days');
  });

  it('only looks at the given family, and has no rhythm with fewer than two sessions', () => {
    const other = course().map((s) => ({ ...s, familyReference: 'F-LA1-OTHER1' }));
    const result = fidelity(family, [...other, course()[0]!], programme);
    assert.deepEqual(
      [result.sessionsHeld, result.weeklyRhythm, result.longestGapDays],
      [1, false, null],
    );
  });
});
