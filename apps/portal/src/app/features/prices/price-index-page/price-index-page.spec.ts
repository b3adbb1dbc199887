import { describe, it, expect, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import type { Role } from '@attune/domain';
import { Store } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { PricesPageActions } from '../prices.actions';
import { initialPricesState, PricesState } from '../prices.feature';
import PriceIndexPage from './price-index-page';

const YEARS = [
  { year: 2020, index: '100.000', version: 1 },
  { year: 2021, index: '102.500', version: 4 },
];

function state(role: Role, prices: Partial<PricesState> = {}) {
  return {
    auth: {
      ...initialAuthState,
      session: 'signed_in',
      user: { id: 'u1', email: 'e@x', role, laCode: null },
    },
    prices: { ...initialPricesState, priceIndex: YEARS, ...prices },
  };
}

async function render(role: Role) {
  TestBed.configureTestingModule({ providers: [provideMockStore({ initialState: state(role) })] });
  const store = TestBed.inject(Store) as MockStore;
  const dispatch = jest.fn();
  store.dispatch = dispatch as unknown as MockStore['dispatch'];
  const fixture = TestBed.createComponent(PriceIndexPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const button = (text: string) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
  return { fixture, store, dispatch, el, button };
}

describe('PriceIndexPage', () => {
  it('changes a year with the version read', async () => {
    const { fixture, el, dispatch, button } = await render('economist');
    button('Change the index of 2021').click();
    await fixture.whenStable();
    const index = el.querySelector<HTMLInputElement>('#pi-index')!;
    expect(el.querySelector<HTMLInputElement>('#pi-year')!.disabled).toBe(true);
    index.value = '103.25';
    index.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(dispatch).toHaveBeenCalledWith(
      PricesPageActions.saveRequested({
        programmeId: 'p1',
        write: {
          list: 'priceIndex',
          op: 'put',
          year: 2021,
          input: { index: '103.25', version: 4 },
        },
      }),
    );
  });

  it('asks before deleting a year, and says plainly when the year is in use', async () => {
    const { fixture, store, el, dispatch, button } = await render('economist');
    button('Delete 2021').click();
    await fixture.whenStable();
    const deletion = { list: 'priceIndex' as const, op: 'delete' as const, year: 2021, version: 4 };
    expect(dispatch).toHaveBeenCalledWith(
      PricesPageActions.previewRequested({ programmeId: 'p1', write: deletion }),
    );
    // The dry run is refused: 409 price_index_in_use, shown at the confirmation.
    const inUse =
      'The price year 2021 is used by 9 unit costs and 3 resources: it cannot be removed.';
    store.setState(state('economist', { error: inUse }));
    await fixture.whenStable();
    const alert = el.querySelector('[data-testid="delete-error"]')!;
    expect(alert.textContent?.trim()).toBe(inUse);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(button('Delete 2021')).toBeDefined();
    button('Cancel').click();
    expect(dispatch).toHaveBeenLastCalledWith(PricesPageActions.previewCleared());
  });

  it('shows an admin the years read-only', async () => {
    const { el } = await render('admin');
    expect(el.querySelectorAll('button')).toHaveLength(0);
    expect(el.querySelector('form')).toBeNull();
    expect([...el.querySelectorAll('tbody th')].map((th) => th.textContent?.trim())).toEqual([
      '2020',
      '2021',
    ]);
  });
});
