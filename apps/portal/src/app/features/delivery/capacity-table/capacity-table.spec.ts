import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CapacityRow } from '../delivery.models';
import { CapacityTable } from './capacity-table';

const row = (
  code: string,
  familiesAllocated: number,
  extra: Partial<CapacityRow> = {},
): CapacityRow => ({
  code,
  laCode: 'LA1',
  familiesAllocated,
  familiesActive: familiesAllocated,
  familiesCompleted: 0,
  familiesNotProceeded: 0,
  belowMinimum: familiesAllocated < 6,
  sessionsHeld: 3,
  lastSessionDate: '2022-03-28',
  familiesOverdue: 0,
  vigHoursPerWeek: 7.5,
  vigMinutesLast4Weeks: 1200,
  status: 'active',
  ...extra,
});

describe('CapacityTable', () => {
  async function render(rows: CapacityRow[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [CapacityTable], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(CapacityTable);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('programmeId', 'p1');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('marks a practitioner below the minimum in words, not by colour alone, and links to them', async () => {
    const el = await render([row('P-LA1-01', 6), row('P-LA1-02', 2, { familiesOverdue: 1 })]);
    const below = el.querySelector('tr[data-code="P-LA1-02"]')!;
    expect(below.classList).toContain('below-minimum');
    expect(below.textContent).toContain('Below minimum');
    expect(below.textContent).toContain('overdue');
    expect(below.querySelector('a')!.getAttribute('href')).toBe('/p/p1/capacity/P-LA1-02');
    expect(el.querySelector('tr[data-code="P-LA1-01"]')!.textContent).not.toContain(
      'Below minimum',
    );
    expect(el.querySelector('caption')!.textContent).toContain('(1 below it)');
  });

  it('shows hours used a week against hours allotted', async () => {
    const el = await render([row('P-LA1-01', 6, { vigMinutesLast4Weeks: 1800 })]);
    expect(el.querySelector('tr[data-code="P-LA1-01"]')!.textContent).toContain(
      '7 h 30 min / 7 h 30 min',
    );
    expect(el.querySelector('tr[data-code="P-LA1-01"]')!.textContent).toContain('at or over');
  });

  it('says in words which practitioners are paused or withdrawn', async () => {
    const el = await render([row('P-LA1-01', 6), row('P-LA1-02', 2, { status: 'withdrawn' })]);
    const gone = el.querySelector('tr[data-code="P-LA1-02"]')!;
    expect(gone.getAttribute('data-status')).toBe('withdrawn');
    expect(gone.querySelectorAll('td')[0]!.textContent.trim()).toBe('Withdrawn');
    expect(el.querySelector('tr[data-code="P-LA1-01"] td')!.textContent.trim()).toBe('Active');
  });
});
