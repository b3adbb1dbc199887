import { describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { FidelityTable, share } from './fidelity-table';

describe('fidelity table', () => {
  it('shows each group with counts and shares of its families', async () => {
    const fixture = TestBed.createComponent(FidelityTable);
    fixture.componentRef.setInput('caption', 'By practitioner');
    fixture.componentRef.setInput('rows', [
      {
        code: 'P-LA1-01',
        laCode: 'LA1',
        families: 3,
        minimumSessions: 2,
        allCycles: 1,
        modelOrder: 3,
      },
    ]);
    await fixture.whenStable();
    const cells = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr > *'),
    ).map((c) => c.textContent?.trim());
    expect(cells).toEqual(['P-LA1-01', '3', '2 (67%)', '1 (33%)', '3 (100%)']);
    expect(share(0, 0)).toBe('—');
  });
});
