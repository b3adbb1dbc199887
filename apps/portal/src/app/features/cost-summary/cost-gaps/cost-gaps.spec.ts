import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CostGap } from '@attune/contract';
import { CostGaps } from './cost-gaps';

const gaps: CostGap[] = [
  { costRole: 'social_worker', from: '2001-01-01', to: '2001-02-15', lines: 5, minutes: 210 },
  { costRole: 'vig_supervisor', from: '2022-02-01', to: '2022-03-15', lines: 2, minutes: 150 },
];

async function render(list: CostGap[]): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CostGaps);
  fixture.componentRef.setInput('programmeId', 'p-1');
  fixture.componentRef.setInput('gaps', list);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('CostGaps', () => {
  it('lists each gap in a table with a link to the prefilled unit-cost form', async () => {
    const el = await render(gaps);
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].slice(0, 5).map((c) => c.textContent.trim()),
    );
    expect(rows).toEqual([
      ['Social worker', '1 Jan 2001', '15 Feb 2001', '5', '210'],
      ['VIG supervisor', '1 Feb 2022', '15 Mar 2022', '2', '150'],
    ]);
    const links = [...el.querySelectorAll('tbody a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/p/p-1/unit-costs?add=1&costRole=social_worker&from=2001-01-01&to=2001-02-15',
      '/p/p-1/unit-costs?add=1&costRole=vig_supervisor&from=2022-02-01&to=2022-03-15',
    ]);
    // Each link names its gap for a screen reader, not just "Add unit cost" twice.
    expect(el.querySelector('tbody a')!.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Add unit cost for social worker, 1 Jan 2001 to 15 Feb 2001',
    );
  });

  it('announces that the figures leave lines out, in a live status region', async () => {
    const el = await render(gaps);
    const status = el.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toMatch(/7 ledger lines have no unit cost/);
  });

  it('shows nothing but an empty status region when the summary is complete', async () => {
    const el = await render([]);
    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('[role="status"]')!.textContent.trim()).toBe('');
  });
});
