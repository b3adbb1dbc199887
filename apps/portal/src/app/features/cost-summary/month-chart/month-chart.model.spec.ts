import { describe, it, expect } from '@jest/globals';
import { layoutMonths, monthLabel, monthSummary, MONTH_CHART } from './month-chart.model';

const points = [
  { month: '2021-09', cost: '100.00', cumulativeCost: '100.00', link: '/p/a/ledger?month=2021-09' },
  { month: '2021-10', cost: '300.00', cumulativeCost: '400.00' },
];

describe('month chart', () => {
  it('rises to the top at the largest cumulative cost, left to right', () => {
    const [first, last] = layoutMonths(points);
    expect(first!.x).toBe(MONTH_CHART.left);
    expect(last!.x).toBe(MONTH_CHART.width - MONTH_CHART.right);
    expect(last!.y).toBe(MONTH_CHART.top);
    const base = MONTH_CHART.height - MONTH_CHART.bottom;
    expect((base - first!.y) / (base - last!.y)).toBeCloseTo(0.25);
    expect(first!.link).toBe('/p/a/ledger?month=2021-09');
  });

  it('says what it shows in one sentence', () => {
    expect(monthLabel('2021-09')).toBe('Sep 2021');
    expect(monthSummary('Cumulative cost', points)).toBe(
      'Cumulative cost: area chart of 2 months, from Sep 2021 (£100.00) to Oct 2021 (£400.00). ' +
        'The table that follows gives every month.',
    );
  });
});
