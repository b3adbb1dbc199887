import { describe, it, expect, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import type { Role } from '@attune/domain';
import { Store } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { initialProgrammeState } from '../../../core/programme/programme.feature';
import { PricesPageActions } from '../prices.actions';
import { initialPricesState, PricesState } from '../prices.feature';
import { UnitCostView } from '../prices.models';
import { PREVIEW_DELAY_MS } from '../unit-cost-form/unit-cost-form';
import UnitCostsPage from './unit-costs-page';

const SOCIAL_WORKER: UnitCostView = {
  id: '7',
  costRole: 'social_worker',
  hourlyCost: '45.50',
  priceYear: 2021,
  basis: 'working_hour',
  source: 'PSSRU 2021',
  effectiveFrom: '2021-04-01',
  effectiveTo: null,
  version: 3,
};

async function render(
  role: Role,
  query: Record<string, string> = {},
  prices: Partial<PricesState> = {},
) {
  TestBed.configureTestingModule({
    providers: [
      provideMockStore({
        initialState: {
          auth: {
            ...initialAuthState,
            session: 'signed_in',
            user: { id: 'u1', email: 'e@x', role, laCode: null },
          },
          programme: initialProgrammeState,
          prices: { ...initialPricesState, unitCosts: [SOCIAL_WORKER], ...prices },
        },
      }),
    ],
  });
  const store = TestBed.inject(Store) as MockStore;
  const dispatch = jest.fn();
  store.dispatch = dispatch as unknown as MockStore['dispatch'];
  const fixture = TestBed.createComponent(UnitCostsPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) =>
    el.querySelector<T>(`#uc-${id}`)!;
  return { fixture, store, dispatch, el, field };
}

async function type(
  fixture: { whenStable(): Promise<unknown> },
  input: HTMLInputElement | HTMLSelectElement,
  value: string,
) {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  input.dispatchEvent(new Event('blur'));
  await fixture.whenStable();
}

const pause = () => new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS + 50));

describe('UnitCostsPage', () => {
  it("opens the add form prefilled from the gaps panel's link (?add=1&costRole=&from=&to=)", async () => {
    const { el, field, dispatch } = await render('economist', {
      add: '1',
      costRole: 'family_support_worker',
      from: '2001-01-01',
      to: '2021-08-31',
    });
    expect(dispatch).toHaveBeenCalledWith(
      PricesPageActions.opened({ programmeId: 'p1', list: 'unitCosts' }),
    );
    expect(el.querySelector('#uc-heading')?.textContent?.trim()).toBe('Add a unit cost');
    expect(field<HTMLSelectElement>('costRole').value).toBe('family_support_worker');
    expect(field('effectiveFrom').value).toBe('01/01/2001');
    expect(field('effectiveTo').value).toBe('31/08/2021');
    expect(field('hourlyCost').value).toBe('');
  });

  it('prices each valid state of the form by a dry run, pounds sent exactly as typed', async () => {
    const { fixture, field, dispatch } = await render('economist', {
      add: '1',
      costRole: 'family_support_worker',
      from: '2001-01-01',
      to: '2021-08-31',
    });
    await type(fixture, field('hourlyCost'), '31.1');
    await type(fixture, field('priceYear'), '2021');
    await type(fixture, field('source'), 'PSSRU 2021, table 11.3');
    dispatch.mockClear();
    await pause();
    expect(dispatch.mock.calls).toEqual([
      [
        PricesPageActions.previewRequested({
          programmeId: 'p1',
          write: {
            list: 'unitCosts',
            op: 'create',
            input: {
              costRole: 'family_support_worker',
              hourlyCost: '31.10',
              priceYear: 2021,
              basis: 'working_hour',
              source: 'PSSRU 2021, table 11.3',
              effectiveFrom: '2001-01-01',
              effectiveTo: '2021-08-31',
            },
          },
        }),
      ],
    ]);

    // Money with three decimals is refused as you type, at its field, and drops the preview.
    dispatch.mockClear();
    await type(fixture, field('hourlyCost'), '31.105');
    const error = (fixture.nativeElement as HTMLElement).querySelector('#uc-hourlyCost-error')!;
    expect(error.textContent).toContain('at most two decimals');
    expect(field('hourlyCost').getAttribute('aria-describedby')).toBe('uc-hourlyCost-error');
    expect(field('hourlyCost').getAttribute('aria-invalid')).toBe('true');
    await pause();
    expect(dispatch.mock.calls).toEqual([[PricesPageActions.previewCleared()]]);
  });

  it('edits with the version read, and shows the preview line before Save', async () => {
    const { fixture, el, field, store, dispatch } = await render('economist');
    const edit = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Edit'))!;
    edit.click();
    await fixture.whenStable();
    expect(field('hourlyCost').value).toBe('45.50');
    await type(fixture, field('hourlyCost'), '50');
    store.setState({
      auth: {
        ...initialAuthState,
        session: 'signed_in',
        user: { id: 'u1', email: 'e@x', role: 'economist', laCode: null },
      },
      programme: initialProgrammeState,
      prices: {
        ...initialPricesState,
        unitCosts: [SOCIAL_WORKER],
        preview: { before: '1000.00', after: '1012.50', problem: null },
      },
    });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="preview-line"]')?.textContent?.trim()).toBe(
      'This change moves the total from £1,000.00 to £1,012.50 (+£12.50).',
    );
    dispatch.mockClear();
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(dispatch).toHaveBeenCalledWith(
      PricesPageActions.saveRequested({
        programmeId: 'p1',
        write: {
          list: 'unitCosts',
          op: 'update',
          id: '7',
          version: 3,
          input: { ...withoutMeta(SOCIAL_WORKER), hourlyCost: '50.00' },
        },
      }),
    );
  });

  it("shows the server's problems at their fields, the overlap at both period dates", async () => {
    const { el, field } = await render(
      'economist',
      { add: '1', costRole: 'social_worker', from: '2021-01-01', to: '' },
      {
        problems: [
          { field: 'period', problem: 'This period overlaps unit cost 7 (2021-04-01 to open).' },
          { field: 'priceYear', problem: 'the price index has no 2019' },
        ],
        error: 'Refused',
      },
    );
    const period = el.querySelector('#uc-period-error')!;
    expect(period.textContent?.trim()).toBe(
      'This period overlaps unit cost 7 (2021-04-01 to open).',
    );
    expect(field('effectiveFrom').getAttribute('aria-describedby')).toBe('uc-period-error');
    expect(field('effectiveTo').getAttribute('aria-describedby')).toBe('uc-period-error');
    expect(field('effectiveFrom').getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#uc-priceYear-error')?.textContent?.trim()).toBe(
      'the price index has no 2019',
    );
    expect(field('priceYear').getAttribute('aria-describedby')).toBe('uc-priceYear-error');
    // Problems at fields are not repeated as a page-level alert.
    expect(el.querySelector('[data-testid="save-error"]')).toBeNull();
  });

  it('keeps dates within the limits the API takes, and the period in order', async () => {
    const { fixture, el, field } = await render('economist', { add: '1' });
    expect(field('effectiveFrom').getAttribute('min')).toBe('1900-01-01');
    expect(field('effectiveTo').getAttribute('max')).toBe('2200-12-31');
    await type(fixture, field('effectiveFrom'), '1899-12-31');
    expect(el.querySelector('#uc-effectiveFrom-error')?.textContent?.trim()).toBe(
      'effectiveFrom 31 Dec 1899 must be from 1 Jan 1900 to 31 Dec 2200',
    );
    await type(fixture, field('effectiveFrom'), '2022-01-01');
    await type(fixture, field('effectiveTo'), '2021-12-31');
    expect(el.querySelector('#uc-period-error')?.textContent?.trim()).toBe(
      'effectiveTo 2021-12-31 is before effectiveFrom 2022-01-01',
    );
  });

  it('deletes only after a confirmation that shows what it does to the total', async () => {
    const { fixture, el, dispatch } = await render('economist');
    const del = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.trim().startsWith('Delete'),
    )!;
    del.click();
    await fixture.whenStable();
    const deletion = { list: 'unitCosts' as const, op: 'delete' as const, id: '7', version: 3 };
    expect(dispatch).toHaveBeenCalledWith(
      PricesPageActions.previewRequested({ programmeId: 'p1', write: deletion }),
    );
    expect(dispatch).not.toHaveBeenCalledWith(
      PricesPageActions.saveRequested({ programmeId: 'p1', write: deletion }),
    );
    const confirm = [...el.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Delete unit cost 7',
    )!;
    confirm.click();
    expect(dispatch).toHaveBeenCalledWith(
      PricesPageActions.saveRequested({ programmeId: 'p1', write: deletion }),
    );
  });

  it('shows an admin the unit costs read-only: no form, no buttons, even from the link', async () => {
    const { el } = await render('admin', {
      add: '1',
      costRole: 'social_worker',
      from: '2021-01-01',
    });
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelectorAll('button')).toHaveLength(0);
    expect(el.querySelector('tbody th')?.textContent?.trim()).toBe('social worker');
    expect(el.querySelector('tbody td')?.textContent?.trim()).toBe('£45.50');
    expect(el.textContent).toContain('You can read these');
  });
});

function withoutMeta(u: UnitCostView) {
  const { id: _id, version: _version, ...input } = u;
  return input;
}
