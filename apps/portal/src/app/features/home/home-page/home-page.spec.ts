import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import HomePage from './home-page';
import { HomePageActions } from '../home.actions';
import { HomeState, initialHomeState } from '../home.feature';

let dispatched: unknown[] = [];

async function render(user: CurrentUser, home: HomeState = initialHomeState): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideMockStore({
        // No programme state: it is registered with the programme pages, not before.
        initialState: { auth: { ...initialAuthState, session: 'signed_in', user }, home },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  dispatched = [];
  store.scannedActions$.subscribe((action) => dispatched.push(action));
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('HomePage', () => {
  it('tells an LA manager their scope, and lists only the pages open to them', async () => {
    const el = await render({ email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' });
    expect(el.querySelectorAll('h1').length).toBe(1);
    expect(el.textContent).toContain(
      'You are signed in as Local authority manager for local authority LA1.',
    );
    expect(
      [...el.querySelectorAll('[data-testid="pages"] a')].map((a) => a.textContent?.trim()),
    ).toEqual([
      'Accreditation',
      'Capacity',
      'Families',
      'Trial',
      'Fidelity',
      'Sign-off',
      'Import time',
      'My time',
      'Team time',
      'System health',
    ]);
  });

  it('lists user administration for an admin', async () => {
    const el = await render({ email: 'a@attune.test', role: 'admin', laCode: null });
    expect(el.textContent).toContain('You are signed in as Programme lead.');
    expect(
      [...el.querySelectorAll('[data-testid="pages"] a')].map((a) => a.getAttribute('href')),
    ).toEqual([
      '/users',
      '/supervision',
      '/accreditation',
      '/rule-sets',
      '/settings',
      '/local-authorities',
      '/staff',
      '/capacity',
      '/families',
      '/trial',
      '/fidelity',
      '/sign-off',
      '/time-import',
      '/my-time',
      '/team-time',
      '/audit-log',
      '/programmes',
      '/costs',
      '/unit-costs',
      '/price-index',
      '/resources',
      '/ledger',
      '/sensitivity',
      '/workbook-export',
      '/health',
    ]);
  });

  it("counts an LA manager's follow-ups and outcomes due, linking to the due list", async () => {
    const el = await render(
      { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' },
      {
        ...initialHomeState,
        due: [
          {
            programmeId: 'P 1',
            programmeName: 'VIG north',
            asOf: '2022-03-31',
            dueSoon: 3,
            overdue: 2,
          },
        ],
      },
    );
    expect(dispatched).toContainEqual(HomePageActions.opened({ email: 'm@attune.test' }));
    const summary = el.querySelector('[data-testid="due-summary"]')!;
    expect(summary.textContent).toContain('VIG north:');
    const link = summary.querySelector('a')!;
    expect(link.textContent?.trim()).toBe('3 due in the next 14 days, 2 overdue');
    expect(link.getAttribute('href')).toBe('/p/P%201/trial#due');
  });

  it('says when the count failed, and counts nothing for a practitioner', async () => {
    const el = await render(
      { email: 'a@attune.test', role: 'admin', laCode: null },
      { ...initialHomeState, error: 'What is due could not be counted.' },
    );
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('could not be counted');
    TestBed.resetTestingModule();
    const practitioner = await render({
      email: 'p@attune.test',
      role: 'practitioner',
      laCode: 'LA1',
    });
    expect(practitioner.querySelector('[data-testid="due-summary"]')).toBeNull();
    expect(dispatched).not.toContainEqual(HomePageActions.opened({ email: 'p@attune.test' }));
  });
});
