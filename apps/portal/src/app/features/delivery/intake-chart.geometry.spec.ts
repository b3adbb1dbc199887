import { describe, it, expect } from '@jest/globals';
import { intakeChart, intakeSummary } from './intake-chart.geometry';

const months = [
  { month: '2021-07', referred: 1, randomised: 0, inWindow: false },
  { month: '2021-08', referred: 4, randomised: 2, inWindow: true },
  { month: '2021-09', referred: 2, randomised: 4, inWindow: true },
];

describe('intake chart', () => {
  it('scales bars to the busiest month and stands them on the baseline', () => {
    const g = intakeChart(months, 332, 200);
    expect(g.bars).toHaveLength(3);
    const tallest = g.bars[1]!.referred;
    expect(tallest.y).toBe(8);
    expect(tallest.y + tallest.height).toBe(g.baseline);
    expect(g.bars[1]!.randomised.height).toBe(tallest.height / 2);
    expect(g.bars[2]!.randomised.height).toBe(tallest.height);
    expect(g.xLabels.map((l) => l.text)).toEqual(['Jul 2021', 'Aug 2021', 'Sep 2021']);
  });

  it('shades exactly the months of the intake window', () => {
    const g = intakeChart(months, 332, 200);
    expect(g.window).toEqual({ x: 132, width: 192 });
    expect(intakeChart(months.map((m) => ({ ...m, inWindow: false }))).window).toBeNull();
  });

  it('says in words what the chart shows', () => {
    expect(intakeSummary(months, '2021-08-01', '2022-03-31')).toBe(
      '7 referrals and 6 randomisations; intake window 1 Aug 2021 to 31 Mar 2022, 1 referral outside it; most referrals in Aug 2021 (4).',
    );
  });
});
