import { describe, it, expect, jest } from '@jest/globals';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { practitionerRow, referredFamily } from '../family-page/family.fixture';
import { PractitionerApiActions, PractitionerPageActions } from './practitioner.actions';
import { load } from './practitioner.effects';
import { initialPractitionerState, practitionerFeature } from './practitioner.feature';

const reduce = practitionerFeature.reducer;

describe('practitioner state', () => {
  it("shows one practitioner's overdue families, never another's while loading", () => {
    const overdue = referredFamily({ reference: 'F-2', overdue: true });
    let state = reduce(
      initialPractitionerState,
      PractitionerPageActions.opened({ programmeId: 'p1', code: 'P-1' }),
    );
    state = reduce(
      state,
      PractitionerApiActions.loaded({
        code: 'P-1',
        row: practitionerRow({ code: 'P-1' }),
        families: [referredFamily(), overdue],
      }),
    );
    expect(practitionerFeature.selectOverdue({ practitioner: state })).toEqual([overdue]);
    const next = reduce(state, PractitionerPageActions.opened({ programmeId: 'p1', code: 'P-2' }));
    expect(next).toMatchObject({ code: 'P-2', row: null, families: [], loading: true });
    expect(
      reduce(next, PractitionerApiActions.loaded({ code: 'P-1', row: null, families: [] })),
    ).toBe(next);
  });

  it("loads the practitioner's row and families in the programme opened", async () => {
    const row = practitionerRow({ code: 'P-1' });
    const api = {
      capacity: jest.fn((..._args: unknown[]) => of({ items: [row], total: 1 })),
      families: jest.fn((..._args: unknown[]) => of({ items: [], total: 0 })),
    };
    const out = await firstValueFrom(
      load(
        of(PractitionerPageActions.opened({ programmeId: 'p2', code: 'P-1' })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(api.capacity).toHaveBeenCalledWith('p2', 'P-1');
    expect(api.families).toHaveBeenCalledWith('p2', { practitionerCode: 'P-1' });
    expect(out).toEqual([PractitionerApiActions.loaded({ code: 'P-1', row, families: [] })]);
  });
});
