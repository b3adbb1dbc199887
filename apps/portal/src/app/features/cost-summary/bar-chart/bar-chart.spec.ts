import { describe, it, expect, jest } from '@jest/globals';
import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { PhoneWidth } from '../../../core/layout/phone-width';
import { BarChart } from './bar-chart';
import { BarDatum, NARROW_CHART, chartSummary, layoutBars } from './bar-chart.model';

const bars: BarDatum[] = [
  { label: 'LA1', value: 1000, display: '£1,000.00', details: ['£900.00', '£100.00'] },
  { label: 'LA2', value: 4000, display: '£4,000.00', details: ['£3,500.00', '£500.00'] },
  { label: 'Programme-wide', value: 2000, display: '£2,000.00', details: ['£2,000.00', '£0.00'] },
];

describe('bar chart', () => {
  it('sums the chart up for a screen reader, largest first, and points to the table', () => {
    expect(chartSummary('Total cost by local authority', bars)).toBe(
      'Total cost by local authority: bar chart, 3 bars, largest first: LA2 £4,000.00; ' +
        'Programme-wide £2,000.00; LA1 £1,000.00. The table that follows gives every figure.',
    );
    expect(chartSummary('Costs', [])).toBe('Costs: no figures to chart.');
  });

  it('names the first six bars and counts the rest', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      label: `A${i}`,
      value: i,
      display: String(i),
    }));
    expect(chartSummary('T', many)).toContain('A8 8; A7 7; A6 6; A5 5; A4 4; A3 3; and 3 more.');
  });

  it('draws bars in proportion to the largest', () => {
    const widths = layoutBars(bars).map((b) => b.width);
    expect(widths[1]).toBeGreaterThan(0);
    expect(widths[0]! / widths[1]!).toBeCloseTo(0.25);
    expect(widths[2]! / widths[1]!).toBeCloseTo(0.5);
    expect(layoutBars([{ label: 'x', value: 0, display: '£0.00' }])[0]!.width).toBe(0);
  });

  it('on a phone, puts the labels above the bars in a chart about as wide as the screen', async () => {
    TestBed.overrideProvider(PhoneWidth, { useValue: { matches: signal(true).asReadonly() } });
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('title', 'Total cost by local authority');
    fixture.componentRef.setInput('bars', bars);
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg')!;
    // 3 bars of 20 (label) + 24 (bar) + 10 (gap), less the last gap.
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${NARROW_CHART.width} 152`);
    const label = svg.querySelector('text.label')!;
    expect(label.getAttribute('x')).toBe('0');
    expect(label.getAttribute('text-anchor')).toBe('start');
    const rect = svg.querySelector('rect.bar')!;
    expect(rect.getAttribute('x')).toBe('0');
    expect(rect.getAttribute('y')).toBe('20');
    // The widest bar leaves room for its figure after it.
    const widths = [...svg.querySelectorAll('rect.bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(Math.max(...widths)).toBe(NARROW_CHART.barArea);
  });

  it('renders an image with that summary, and the same figures in a table', async () => {
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('title', 'Total cost by local authority');
    fixture.componentRef.setInput('bars', bars);
    fixture.componentRef.setInput('labelHeader', 'Local authority');
    fixture.componentRef.setInput('detailHeaders', ['Staff time', 'Resources']);
    fixture.componentRef.setInput('valueHeader', 'Total');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      chartSummary('Total cost by local authority', bars),
    );
    expect(svg.querySelectorAll('rect.bar').length).toBe(3);

    const text = (node: Element) => node.textContent?.trim();
    expect([...el.querySelectorAll('thead th')].map(text)).toEqual([
      'Local authority',
      'Staff time',
      'Resources',
      'Total',
    ]);
    expect([...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['LA1', '£900.00', '£100.00', '£1,000.00'],
      ['LA2', '£3,500.00', '£500.00', '£4,000.00'],
      ['Programme-wide', '£2,000.00', '£0.00', '£2,000.00'],
    ]);
    expect(el.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('leads from a bar and from its row to its link, inside the portal, by keyboard too', async () => {
    const fixture = TestBed.createComponent(BarChart);
    const linked = bars.map((b, i) => ({
      ...b,
      link: i === 1 ? '/p/a/ledger?laCode=LA2' : undefined,
    }));
    fixture.componentRef.setInput('title', 'Total cost by local authority');
    fixture.componentRef.setInput('bars', linked);
    fixture.componentRef.setInput('linkLabel', 'show its ledger lines');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const svgLinks = el.querySelectorAll('svg a');
    expect(el.querySelector('svg')!.getAttribute('role')).toBe('group');
    expect(svgLinks.length).toBe(1);
    expect(svgLinks[0]!.getAttribute('href')).toBe('/p/a/ledger?laCode=LA2');
    expect(svgLinks[0]!.getAttribute('aria-label')).toBe('LA2 £4,000.00: show its ledger lines');
    expect(svgLinks[0]!.querySelector('rect.bar')).not.toBeNull();
    const rowLink = el.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(rowLink.getAttribute('href')).toBe('/p/a/ledger?laCode=LA2');
    expect(rowLink.textContent).toContain('LA2');

    const router = TestBed.inject(Router);
    const urls: string[] = [];
    jest.spyOn(router, 'navigateByUrl').mockImplementation((url) => {
      urls.push(String(url));
      return Promise.resolve(true);
    });
    svgLinks[0]!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }),
    );
    rowLink.click();
    expect(urls).toEqual(['/p/a/ledger?laCode=LA2', '/p/a/ledger?laCode=LA2']);
  });
});
