import { describe, it, expect } from '@jest/globals';
import { cyclesChart } from './cycles-chart.geometry';

describe('cyclesChart', () => {
  it('steps up once per completion, in date order, within the frame', () => {
    const g = cyclesChart(['2021-03-01', '2021-01-31'], '2021-01-01', '2021-04-01', 4, 132, 68);
    // plot: x 32..124 over 90 days, y 8..48 for 0..4 cycles
    expect(g.path).toBe('M32,48 H62.7 V38 H92.3 V28 H124');
    expect(g.targetY).toBe(8);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
    expect(g.xLabels.map((l) => l.text)).toEqual(['1 Jan 2021', '1 Apr 2021']);
  });

  it('keeps a flat line at zero with no completions, and widens the scale past the target', () => {
    expect(cyclesChart([], '2021-01-01', '2021-02-01', 0, 132, 68).path).toBe('M32,48 H124');
    const many = cyclesChart(
      Array.from({ length: 8 }, (_, i) => `2021-01-0${i + 1}`),
      '2021-01-01',
      '2021-02-01',
      6,
    );
    expect(many.yTicks.map((t) => t.value)).toEqual([0, 3, 6]);
    expect(many.targetY).toBe(many.yTicks[2]!.y);
    // Eight cycles reach the top of the frame, above the target of six.
    expect(many.path).toContain('V8 ');
  });
});
