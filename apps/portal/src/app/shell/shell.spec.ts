import { describe, it, expect, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@attune/domain';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ShellActions } from '../core/auth/auth.actions';
import { AuthState, initialAuthState } from '../core/auth/auth.feature';
import { Shell } from './shell';

function stateFor(role: Role | null): { auth: AuthState } {
  if (!role) return { auth: { ...initialAuthState, session: 'signed_out' } };
  const laCode = role === 'la_manager' ? 'LA1' : null;
  return {
    auth: {
      ...initialAuthState,
      session: 'signed_in',
      user: { email: `${role}@attune.test`, role, laCode },
    },
  };
}

async function render(role: Role | null) {
  TestBed.configureTestingModule({
    imports: [Shell],
    providers: [
      provideRouter([{ path: '**', children: [] }]),
      provideMockStore({ initialState: stateFor(role) }),
    ],
  });
  const fixture = TestBed.createComponent(Shell);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const navLinks = [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
  return { fixture, el, navLinks, store: TestBed.inject(MockStore) };
}

describe('Shell', () => {
  it('has a skip link and the header, navigation and main landmarks', async () => {
    const { el } = await render('admin');
    expect(el.querySelector('a.skip-link')?.textContent).toContain('Skip to main content');
    expect(el.querySelector('header')).not.toBeNull();
    expect(el.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(el.querySelector('main#main')).not.toBeNull();
  });

  it.each([
    [
      'admin',
      [
        'Home',
        'Users',
        'Supervision',
        'Accreditation',
        'Rule sets',
        'Programme settings',
        'Local authorities',
        'Staff and practitioners',
        'Capacity',
        'Families',
        'Trial',
        'Fidelity',
        'Sign-off',
        'Import time',
        'My time',
        'Team time',
        'Audit log',
        'Programmes',
        'Costs',
        'Unit costs',
        'Price index',
        'Resources',
        'Ledger',
        'Sensitivity',
        'Export workbook',
        'System health',
      ],
    ],
    [
      'supervisor',
      ['Home', 'Supervision', 'Accreditation', 'Fidelity', 'My time', 'System health'],
    ],
    [
      'la_manager',
      [
        'Home',
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
      ],
    ],
    ['practitioner', ['Home', 'My families', 'My time', 'My progress', 'System health']],
    [
      'economist',
      [
        'Home',
        'Fidelity',
        'Costs',
        'Unit costs',
        'Price index',
        'Resources',
        'Ledger',
        'Sensitivity',
        'Export workbook',
        'System health',
      ],
    ],
  ] as const)('shows the %s only its navigation', async (role, expected) => {
    const { navLinks } = await render(role);
    expect(navLinks).toEqual(expected);
  });

  it('shows a signed-out visitor the health page and a way to sign in', async () => {
    const { el, navLinks } = await render(null);
    expect(navLinks).toEqual(['System health']);
    expect(el.querySelector('header a[href="/sign-in"]')?.textContent).toContain('Sign in');
  });

  it('names the user, their role and LA, and signs out on request', async () => {
    const { el, store } = await render('la_manager');
    const dispatched = jest.spyOn(store, 'dispatch');
    expect(el.querySelector('header')?.textContent).toContain('la_manager@attune.test');
    expect(el.querySelector('header')?.textContent).toContain('Local authority manager, LA1');
    const signOut = [...el.querySelectorAll('header button')].find((b) =>
      b.textContent?.includes('Sign out'),
    ) as HTMLButtonElement;
    signOut.click();
    expect(dispatched).toHaveBeenCalledWith(ShellActions.signOutClicked());
  });

  it('opens the navigation menu from its button, and Escape closes it and returns focus', async () => {
    const { fixture, el } = await render('admin');
    const button = el.querySelector('button[aria-controls="main-nav"]') as HTMLButtonElement;
    const nav = el.querySelector('nav#main-nav') as HTMLElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.click();
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav.classList).toContain('open');

    nav.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(nav.classList).not.toContain('open');
    expect(el.ownerDocument.activeElement).toBe(button);
  });

  it('closes the menu once a link in it is followed', async () => {
    const { fixture, el } = await render('admin');
    const button = el.querySelector('button[aria-controls="main-nav"]') as HTMLButtonElement;
    button.click();
    await fixture.whenStable();
    (el.querySelector('nav#main-nav a') as HTMLAnchorElement).click();
    await fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
