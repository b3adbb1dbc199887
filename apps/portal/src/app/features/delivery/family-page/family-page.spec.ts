import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import { FamilyPageActions } from './family.actions';
import { FamilyState, initialFamilyState } from './family.feature';
import FamilyPage from './family-page';
import { referredFamily } from './family.fixture';

const manager: CurrentUser = { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' };

async function render(family: Partial<FamilyState>, user: CurrentUser = manager) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user },
          family: {
            ...initialFamilyState,
            programmeId: 'p1',
            reference: 'F-LA1-0001',
            ...family,
          },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(FamilyPage);
  // The router binds these from /p/:programmeId/families/:reference.
  fixture.componentRef.setInput('programmeId', 'p1');
  fixture.componentRef.setInput('reference', 'F-LA1-0001');
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched };
}

describe('FamilyPage', () => {
  it('opens the family of the address, with its history and fidelity checklist', async () => {
    const { el, dispatched } = await render({ family: referredFamily() });
    expect(dispatched).toContainEqual(
      FamilyPageActions.opened({ programmeId: 'p1', reference: 'F-LA1-0001' }),
    );
    expect(el.querySelector('h1')!.textContent).toContain('Family F-LA1-0001');
    // Back to the list of the same programme.
    expect(el.querySelector('a')!.getAttribute('href')).toBe('/p/p1/families');
    expect(el.querySelector('caption')!.textContent).toContain('Status history');
    expect(el.querySelector('[data-check="sessions"]')!.textContent).toContain(
      'Not yet met: Eight sessions held (0 of 8 held)',
    );
    expect(el.querySelector('[data-testid="randomise"]')).not.toBeNull();
  });

  it('offers no actions to a supervisor', async () => {
    const { el } = await render(
      { family: referredFamily() },
      { email: 's@attune.test', role: 'supervisor', laCode: null },
    );
    expect(el.querySelector('[data-testid="randomise"]')).toBeNull();
    expect(el.querySelectorAll('form').length).toBe(0);
  });

  it("shows a conflict's message and reloads the family on request", async () => {
    const message = 'Family F-LA1-0001 was changed by someone else (version 4, not 3).';
    const { el, dispatched } = await render({
      family: referredFamily(),
      conflict: true,
      saveError: message,
    });
    expect(el.querySelector('[data-testid="save-error"]')!.textContent).toContain(message);
    dispatched.length = 0;
    el.querySelector<HTMLButtonElement>('[data-testid="reload"]')!.click();
    expect(dispatched).toEqual([
      FamilyPageActions.opened({ programmeId: 'p1', reference: 'F-LA1-0001' }),
    ]);
  });
});
