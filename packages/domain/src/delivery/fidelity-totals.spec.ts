import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { addDays } from './dates.js';
import { fidelityTotals, inModelOrder, type FidelitySession } from './fidelity.js';

const programme = { minSessionsPerFamily: 8, cyclesPerFamily: 3 };
const COURSE: Array<[FidelitySession['type'], number | null]> = [
  ['initial_meeting', null],
  ['filming', 1],
  ['shared_review', 1],
  ['filming', 2],
  ['shared_review', 2],
  ['filming', 3],
  ['shared_review', 3],
  ['final_evaluation', null],
];

/** Weekly held sessions of the given course steps. */
function sessions(reference: string, steps = COURSE): FidelitySession[] {
  return steps.map(([type, cycle], i) => ({
    familyReference: reference,
    date: addDays('2022-01-03', 7 * i),
    type,
    cycle,
    outcome: 'held',
  }));
}

const family = (reference: string, laCode: string, practitionerCode: string | null) => ({
  reference,
  laCode,
  trialArm: practitionerCode ? ('intervention' as const) : ('control' as const),
  practitionerCode,
});

describe('fidelity totals', () => {
  it("follows the model's order, same-day sessions in either order", () => {
    assert.equal(inModelOrder(sessions('F'), 3), true);
    const swapped = sessions('F');
    [swapped[1]!.type, swapped[2]!.type] = ['shared_review', 'filming']; // review of cycle 1 before filming
    assert.equal(inModelOrder(swapped, 3), false);
    const sameDay = sessions('F');
    sameDay[2]!.date = sameDay[1]!.date;
    [sameDay[1], sameDay[2]] = [sameDay[2]!, sameDay[1]!];
    assert.equal(inModelOrder(sameDay, 3), true);
    assert.equal(inModelOrder([], 3), false);
  });

  it('counts each allocated family once for its practitioner, its LA and the programme', () => {
    /*
     * A1 (P1, LA1): the full course: 8 sessions, 3 cycles, in order                → 1, 1, 1
     * A2 (P1, LA1): the course with cycle 3's shared review before its filming:
     *               8 sessions, 3 cycles, out of order                             → 1, 1, 0
     * A3 (P2, LA1): the first five steps only: 5 sessions, 2 cycles, in order      → 0, 0, 1
     * B1 (P3, LA2): the course but cycle 2's review cancelled: 7 held, 2 cycles,
     *               in order                                                       → 0, 0, 1
     * B2 (P3, LA2): allocated, nothing held: out of order (none)                   → 0, 0, 0
     * C1 (control, LA2): not counted.
     * P1: 2 families, 2, 2, 1. P2: 1, 0, 0, 1. P3: 2, 0, 0, 1.
     * LA1: 3, 2, 2, 2. LA2: 2, 0, 0, 1. Programme: 5, 2, 2, 3.
     */
    const outOfOrder = sessions('A2');
    [outOfOrder[5]!.type, outOfOrder[6]!.type] = ['shared_review', 'filming'];
    const cancelled = sessions('B1');
    cancelled[4]!.outcome = 'cancelled_by_family';
    const all = [
      ...sessions('A1'),
      ...outOfOrder,
      ...sessions('A3', COURSE.slice(0, 5)),
      ...cancelled,
      ...sessions('C1'),
    ];
    const families = [
      family('A1', 'LA1', 'P1'),
      family('A2', 'LA1', 'P1'),
      family('A3', 'LA1', 'P2'),
      family('B1', 'LA2', 'P3'),
      family('B2', 'LA2', 'P3'),
      family('C1', 'LA2', null),
    ];
    const t = (
      families: number,
      minimumSessions: number,
      allCycles: number,
      modelOrder: number,
    ) => ({
      families,
      minimumSessions,
      allCycles,
      modelOrder,
    });
    assert.deepEqual(fidelityTotals(families, all, programme), {
      programme: t(5, 2, 2, 3),
      byLocalAuthority: [
        { code: 'LA1', ...t(3, 2, 2, 2) },
        { code: 'LA2', ...t(2, 0, 0, 1) },
      ],
      byPractitioner: [
        { code: 'P1', laCode: 'LA1', ...t(2, 2, 2, 1) },
        { code: 'P2', laCode: 'LA1', ...t(1, 0, 0, 1) },
        { code: 'P3', laCode: 'LA2', ...t(2, 0, 0, 1) },
      ],
    });
  });
});
