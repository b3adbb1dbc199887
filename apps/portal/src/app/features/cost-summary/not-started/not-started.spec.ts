import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { summaryFixture } from '../cost-summary.fixture';
import { NotStarted } from './not-started';

describe('referrals that never started', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('states the total and lists each LA and reason', async () => {
    const fixture = TestBed.createComponent(NotStarted);
    fixture.componentRef.setInput('notStarted', summaryFixture().notStarted);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent?.replace(/\s+/g, ' ')).toContain(
      '3 families took 5 h of staff time costing £250.00 without starting',
    );
    const rows = Array.from(el.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.children).map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['LA1', 'Not proceeded: moved away', '1', '1 h', '£50.00'],
      ['LA1', 'Allocated, no session held', '2', '4 h', '£200.00'],
    ]);
  });

  it("shows the not-proceeded dashboard's counts when given", async () => {
    const fixture = TestBed.createComponent(NotStarted);
    fixture.componentRef.setInput('notStarted', summaryFixture().notStarted);
    fixture.componentRef.setInput('programmeId', 'p1');
    fixture.componentRef.setInput('notProceeded', {
      referred: 20,
      notProceeded: 5,
      rate: 0.25,
      reasons: [],
    });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="not-proceeded-rate"]')?.textContent).toMatch(
      /5 of 20 referrals did not proceed\s+\(25%\)/,
    );
    expect(el.querySelector('a')?.getAttribute('href')).toBe(
      '/api/programmes/p1/dashboard/not-proceeded/export',
    );
  });

  it('opens the ledger lines of the total and of each row', async () => {
    const fixture = TestBed.createComponent(NotStarted);
    fixture.componentRef.setInput('notStarted', summaryFixture().notStarted);
    fixture.componentRef.setInput('programmeId', 'p1');
    await fixture.whenStable();
    const links = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('a'),
    ).map((a) => decodeURIComponent(a.getAttribute('href') ?? ''));
    expect(links).toEqual([
      '/p/p1/ledger?notStarted=moved_away,never_started',
      '/p/p1/ledger?notStarted=moved_away&familyLaCode=LA1',
      '/p/p1/ledger?notStarted=never_started&familyLaCode=LA1',
    ]);
  });
});
