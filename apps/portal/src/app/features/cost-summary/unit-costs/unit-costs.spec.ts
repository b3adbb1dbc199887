import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { summaryFixture } from '../cost-summary.fixture';
import { UnitCosts } from './unit-costs';

describe('UnitCosts', () => {
  it('shows each cost per unit, and a dash with the reason when the count is zero', async () => {
    const summary = summaryFixture();
    const fixture = TestBed.createComponent(UnitCosts);
    fixture.componentRef.setInput('perFamily', summary.perFamily);
    fixture.componentRef.setInput('perPractitioner', summary.perPractitioner);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    // The dash is hidden from screen readers, which hear the reason alone.
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => ({
      unit: tr.querySelector('th')!.firstChild!.textContent!.trim(),
      count: tr.children[1]?.textContent?.trim(),
      cost: tr.children[2]?.textContent?.replace(/\s+/g, ' ').trim(),
    }));
    expect(rows).toEqual([
      { unit: 'Per family allocated', count: '24', cost: '£6,764.40' },
      { unit: 'Per family started', count: '20', cost: '£8,117.28' },
      {
        unit: 'Per family completed',
        count: '0',
        cost: '—No family has completed yet, so there is no cost per family completed.',
      },
      { unit: 'Per practitioner trained', count: '21', cost: '£7,730.75' },
      {
        unit: 'Per practitioner accredited',
        count: '0',
        cost: '—No practitioner has passed accreditation yet, so there is no cost per practitioner accredited.',
      },
    ]);
    expect(el.querySelectorAll('tbody [aria-hidden="true"]').length).toBe(2);
  });
});
