import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import HomePage from './home-page';

async function render(user: CurrentUser): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideMockStore({
        initialState: { auth: { ...initialAuthState, session: 'signed_in', user } },
      }),
    ],
  });
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
    expect([...el.querySelectorAll('li a')].map((a) => a.textContent?.trim())).toEqual([
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
    expect([...el.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).toEqual([
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
});
