import { describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MonthChart } from './month-chart';

describe('the cumulative cost by month', () => {
  it('offers the chart as PNG and SVG, like every chart', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(MonthChart);
    fixture.componentRef.setInput('title', 'Cost by month');
    fixture.componentRef.setInput('points', [
      { month: '2021-09', cost: '100.00', cumulativeCost: '100.00' },
      { month: '2021-10', cost: '50.00', cumulativeCost: '150.00' },
    ]);
    await fixture.whenStable();
    const buttons = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(buttons).toEqual([
      'Download PNG of the cumulative cost by month',
      'Download SVG of the cumulative cost by month',
    ]);
  });
});
