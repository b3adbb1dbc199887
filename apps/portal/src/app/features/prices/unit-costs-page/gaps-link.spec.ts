import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CostGaps } from '../../cost-summary/cost-gaps/cost-gaps';
import { initialPricesState } from '../prices.feature';
import UnitCostsPage from './unit-costs-page';

describe("the cost summary's gap link and the unit-cost form", () => {
  it('meet: following the link opens the add form with the gap’s role and period', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'p/:programmeId/unit-costs', component: UnitCostsPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            auth: {
              ...initialAuthState,
              session: 'signed_in',
              user: { id: 'u1', email: 'e@x', role: 'economist', laCode: null },
            },
            prices: initialPricesState,
          },
        }),
      ],
    });
    const gaps = TestBed.createComponent(CostGaps);
    gaps.componentRef.setInput('programmeId', 'p1');
    gaps.componentRef.setInput('gaps', [
      { costRole: 'vig_trainer', from: '2001-01-01', to: '2021-03-31', lines: 2, minutes: 90 },
    ]);
    await gaps.whenStable();
    const href = (gaps.nativeElement as HTMLElement).querySelector('a')!.getAttribute('href')!;
    expect(href).toBe('/p/p1/unit-costs?add=1&costRole=vig_trainer&from=2001-01-01&to=2021-03-31');

    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(href);
    const el = harness.routeNativeElement!;
    expect(el.querySelector('#uc-heading')?.textContent?.trim()).toBe('Add a unit cost');
    // The keyboard is taken to the form that opened.
    expect(document.activeElement?.id).toBe('uc-heading');
    expect(el.querySelector<HTMLSelectElement>('#uc-costRole')!.value).toBe('vig_trainer');
    expect(el.querySelector<HTMLInputElement>('#uc-effectiveFrom')!.value).toBe('01/01/2001');
    expect(el.querySelector<HTMLInputElement>('#uc-effectiveTo')!.value).toBe('31/03/2021');
  });
});
