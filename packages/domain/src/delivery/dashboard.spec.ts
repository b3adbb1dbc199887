import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { intakeSeries, notProceededSummary } from './dashboard.js';

describe('notProceededSummary', () => {
  it('gives seed 003’s 10 of 27 with every reason listed', () => {
    const summary = notProceededSummary(27, [
      { reason: 'not_ready_or_declined', count: 5 },
      { reason: 'child_removed_or_placed', count: 3 },
      { reason: 'court_proceedings', count: 2 },
    ]);
    assert.equal(summary.notProceeded, 10);
    assert.equal(summary.rate, 10 / 27);
    assert.deepEqual(
      summary.reasons.map((r) => r.reason),
      [
        'not_ready_or_declined',
        'moved_away',
        'child_removed_or_placed',
        'court_proceedings',
        'other',
      ],
    );
    assert.equal(summary.reasons.find((r) => r.reason === 'moved_away')!.count, 0);
  });

  it('has no rate without referrals, and counts an unknown reason as other', () => {
    assert.equal(notProceededSummary(0, []).rate, null);
    const summary = notProceededSummary(2, [{ reason: null, count: 1 }]);
    assert.equal(summary.reasons.find((r) => r.reason === 'other')!.count, 1);
  });
});

describe('intakeSeries', () => {
  const window = { intakeStart: '2021-08-01', intakeEnd: '2022-03-31' };

  it('covers the whole window with zero months, marked in the window', () => {
    const series = intakeSeries(window, [{ month: '2021-10', referred: 4, randomised: 3 }]);
    assert.equal(series.length, 8);
    assert.equal(series[0]!.month, '2021-08');
    assert.equal(series[7]!.month, '2022-03');
    assert.deepEqual(series[2], { month: '2021-10', referred: 4, randomised: 3, inWindow: true });
    assert.ok(series.every((m) => m.inWindow));
  });

  it('extends past the window (across a year end) for referrals outside it', () => {
    const series = intakeSeries(window, [
      { month: '2021-06', referred: 1, randomised: 0 },
      { month: '2022-05', referred: 2, randomised: 2 },
    ]);
    assert.equal(series[0]!.month, '2021-06');
    assert.equal(series[0]!.inWindow, false);
    assert.equal(series.at(-1)!.month, '2022-05');
    assert.equal(series.at(-1)!.inWindow, false);
    assert.equal(series.length, 12);
  });
});
