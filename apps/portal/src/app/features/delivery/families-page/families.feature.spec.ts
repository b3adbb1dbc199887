import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action, Store } from '@ngrx/store';
import { Subject, firstValueFrom, of, throwError, toArray } from 'rxjs';
import type { ReferralInput } from '@attune/contract';
import { DeliveryApi } from '../delivery.api';
import { referredFamily } from '../family-page/family.fixture';
import { FamiliesApiActions, FamiliesPageActions } from './families.actions';
import { load, recordIneligible, refer } from './families.effects';
import { FamiliesState, familiesFeature, initialFamiliesState } from './families.feature';

const reduce = familiesFeature.reducer;
const referral: ReferralInput = {
  referralDate: '2022-03-01',
  childBirthMonth: '2021-03',
  planAtReferral: 'CP',
  courtProceedings: false,
  consentFilming: null,
  consentClipsUse: null,
};
const opened = (programmeId: string, status: string | null = null) =>
  FamiliesPageActions.opened({ programmeId, filter: { status, overdue: false } });

describe('families state', () => {
  it("never shows one programme's families under another, and drops late answers", () => {
    const family = referredFamily();
    let state = reduce(initialFamiliesState, opened('p1'));
    state = reduce(
      state,
      FamiliesApiActions.loaded({ programmeId: 'p1', families: [family], total: 1 }),
    );
    expect(state).toMatchObject({ families: [family], total: 1, loading: false });
    // Refiltering the same programme keeps the list until the new one arrives.
    expect(reduce(state, opened('p1', 'active')).families).toEqual([family]);
    const other = reduce(state, opened('p2'));
    expect(other).toMatchObject({ programmeId: 'p2', families: [], loading: true });
    expect(
      reduce(other, FamiliesApiActions.loaded({ programmeId: 'p1', families: [family], total: 1 })),
    ).toBe(other);
  });

  it("keeps the server's problems by field after a refused referral, and clears them on the next try", () => {
    let state = reduce(
      initialFamiliesState,
      FamiliesPageActions.referralSubmitted({ programmeId: 'p1', referral }),
    );
    expect(state.saving).toBe(true);
    state = reduce(
      state,
      FamiliesApiActions.referralFailed({
        error: 'childBirthMonth: the family is not eligible',
        problems: [{ field: 'childBirthMonth', problem: 'the family is not eligible' }],
      }),
    );
    expect(state).toMatchObject({ saving: false, problems: [{ field: 'childBirthMonth' }] });
    state = reduce(state, FamiliesPageActions.referralSubmitted({ programmeId: 'p1', referral }));
    expect(state.problems).toEqual([]);
    expect(state.saveError).toBeNull();
  });

  it('announces a referral with its warnings and tells the form to clear', () => {
    const state = reduce(
      initialFamiliesState,
      FamiliesApiActions.referred({ message: 'Referred.', warnings: ['Court proceedings'] }),
    );
    expect(state).toMatchObject({
      message: 'Referred.',
      warnings: ['Court proceedings'],
      saved: 1,
    });
  });
});

describe('families effects', () => {
  it('refers the family into the programme of the page it was made on', async () => {
    const api = {
      refer: jest.fn((..._args: unknown[]) =>
        of({ family: referredFamily({ reference: 'F-LA1-0309' }), warnings: [] }),
      ),
    };
    const out = await firstValueFrom(
      refer(
        of(FamiliesPageActions.referralSubmitted({ programmeId: 'p2', referral })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(api.refer).toHaveBeenCalledWith('p2', referral);
    expect(out).toEqual([
      FamiliesApiActions.referred({
        message: "Referred: the family's reference is F-LA1-0309.",
        warnings: [],
      }),
    ]);
  });

  it('keeps the problems by field of a refused referral', async () => {
    const problems = [{ field: 'referralDate', problem: 'must be within the intake window' }];
    const api = {
      refer: jest.fn((..._args: unknown[]) =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 400,
              error: { message: 'Bad input.', errors: problems },
            }),
        ),
      ),
    };
    const out = await firstValueFrom(
      refer(
        of(FamiliesPageActions.referralSubmitted({ programmeId: 'p1', referral })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(out).toEqual([FamiliesApiActions.referralFailed({ error: 'Bad input.', problems })]);
  });

  it('records an ineligible referral in the programme of the page, then clears the form', async () => {
    const ineligible = {
      referralDate: '2022-03-01',
      childBirthMonth: '2020-12',
      planAtReferral: 'CP',
    };
    const api = {
      recordIneligible: jest.fn((..._args: unknown[]) =>
        of({ reason: 'child_too_old', problem: 'the child was 15 months old at referral' }),
      ),
    };
    const out = await firstValueFrom(
      recordIneligible(
        of(FamiliesPageActions.ineligibleSubmitted({ programmeId: 'p2', referral: ineligible })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(api.recordIneligible).toHaveBeenCalledWith('p2', ineligible);
    expect(out).toHaveLength(1);
    const state = reduce(
      reduce(
        initialFamiliesState,
        FamiliesPageActions.ineligibleSubmitted({ programmeId: 'p2', referral: ineligible }),
      ),
      out[0]!,
    );
    expect(state).toMatchObject({ saving: false, saved: 1 });
    expect(state.message).toContain('Recorded as ineligible (the child was 15 months old');
  });

  it('lists the families as filtered, and again after a referral', () => {
    const state: FamiliesState = {
      ...initialFamiliesState,
      programmeId: 'p1',
      filter: { status: 'active', overdue: true },
    };
    const store = { select: () => of(state) } as unknown as Store;
    const api = { families: jest.fn((..._args: unknown[]) => of({ items: [], total: 0 })) };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    load(actions, api as unknown as DeliveryApi, store).subscribe((a) => out.push(a));
    actions.next(opened('p1', 'active'));
    actions.next(FamiliesApiActions.referred({ message: 'Referred.', warnings: [] }));
    expect(api.families).toHaveBeenCalledTimes(2);
    expect(api.families).toHaveBeenCalledWith('p1', { status: 'active', overdue: true });
    expect(out).toEqual([
      FamiliesApiActions.loaded({ programmeId: 'p1', families: [], total: 0 }),
      FamiliesApiActions.loaded({ programmeId: 'p1', families: [], total: 0 }),
    ]);
  });
});
