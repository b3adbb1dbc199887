import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import { DeliveryPageActions } from '../delivery.actions';
import { DeliveryState, initialDeliveryState } from '../delivery.feature';
import FamilyPage from './family-page';
import { referredFamily } from './family.fixture';

const manager: CurrentUser = { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' };

async function render(delivery: Partial<DeliveryState>, user: CurrentUser = manager) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: ActivatedRoute,
        useValue: { snapshot: { paramMap: convertToParamMap({ reference: 'F-LA1-0001' }) } },
      },
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user },
          delivery: { ...initialDeliveryState, programmeId: 'p1', ...delivery },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(FamilyPage);
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched };
}

describe('FamilyPage', () => {
  it('opens the family of the address, with its history and fidelity checklist', async () => {
    const { el, dispatched } = await render({ family: referredFamily() });
    expect(dispatched).toContainEqual(
      DeliveryPageActions.opened({ view: { kind: 'family', reference: 'F-LA1-0001' } }),
    );
    expect(el.querySelector('h1')!.textContent).toContain('Family F-LA1-0001');
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
      DeliveryPageActions.opened({ view: { kind: 'family', reference: 'F-LA1-0001' } }),
    ]);
  });
});
