import { describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import type { OneWayItem } from '@attune/contract';
import { TornadoChart } from './tornado-chart';
import { assumptionLabel, layoutTornado, TORNADO, valueLabel } from './tornado.model';

const item = (over: Partial<OneWayItem>): OneWayItem => ({
  assumption: 'unit_cost',
  parameter: 'social_worker',
  lowValue: '0.8',
  highValue: '1.2',
  low: '900.00',
  high: '1100.00',
  range: '200.00',
  ...over,
});

// Base 1000; totals from 800 to 1200 → the plot (640 - 200 - 16 = 424 units) spans 400 pounds.
const items = [
  item({
    assumption: 'sensitivity_factors',
    parameter: 'staff',
    low: '800.00',
    high: '1200.00',
    range: '400.00',
  }),
  item({}),
  item({
    assumption: 'useful_life',
    parameter: 'durables',
    lowValue: '-1',
    highValue: '1',
    low: '1050.00',
    high: '980.00',
    range: '70.00',
  }),
];

describe('tornado chart', () => {
  it('draws each bar either side of the base, in proportion, in the order given', () => {
    const layout = layoutTornado('1000.00', items, assumptionLabel);
    const unit = (TORNADO.width - TORNADO.labelWidth - TORNADO.right) / 400;
    expect(layout.baseX).toBeCloseTo(TORNADO.labelWidth + 200 * unit);
    const [all, role, life] = layout.bars;
    // The widest: 200 pounds each way.
    expect(all!.low.x).toBeCloseTo(TORNADO.labelWidth);
    expect(all!.low.width).toBeCloseTo(200 * unit);
    expect(all!.high.x).toBeCloseTo(layout.baseX);
    expect(all!.high.width).toBeCloseTo(200 * unit);
    expect(role!.low.width).toBeCloseTo(100 * unit);
    // A shorter life costs more: its low segment lies right of the base, its high one left.
    expect(life!.low.x).toBeCloseTo(layout.baseX);
    expect(life!.low.width).toBeCloseTo(50 * unit);
    expect(life!.high.x).toBeCloseTo(layout.baseX - 20 * unit);
    expect(layout.bars.map((b) => b.y)).toEqual([24, 54, 84]);
    expect(layout.height).toBe(24 + 3 * 30);
  });

  it('names assumptions and values in words', () => {
    expect(items.map(assumptionLabel)).toEqual([
      'All staff unit costs',
      'Unit cost: social worker',
      'Useful life of durables',
    ]);
    expect(valueLabel(items[2]!, 'low')).toBe('-1 year');
    expect(valueLabel(items[2]!, 'high')).toBe('+1 year');
    expect(
      valueLabel(item({ assumption: 'discount_rate', lowValue: '0', highValue: '0.06' }), 'high'),
    ).toBe('6%');
    expect(valueLabel(items[1]!, 'low')).toBe('× 0.8');
  });

  it('renders the chart with a summary, a table of every figure, and the downloads', async () => {
    const fixture = TestBed.createComponent(TornadoChart);
    fixture.componentRef.setInput('base', '1000.00');
    fixture.componentRef.setInput('items', items);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('svg')?.getAttribute('aria-label')).toContain(
      'widest range first: All staff unit costs £400.00',
    );
    expect(el.querySelectorAll('rect.low')).toHaveLength(3);
    const rows = Array.from(el.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.children).map((c) => c.textContent?.trim()),
    );
    expect(rows[0]).toEqual([
      'All staff unit costs',
      '× 0.8',
      '£800.00',
      '× 1.2',
      '£1,200.00',
      '£400.00',
    ]);
    expect(el.textContent).toContain('Download PNG');
  });
});
