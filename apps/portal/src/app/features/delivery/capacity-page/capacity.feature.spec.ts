import { describe, it, expect, jest } from '@jest/globals';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { practitionerRow } from '../family-page/family.fixture';
import { CapacityApiActions, CapacityPageActions } from './capacity.actions';
import { load } from './capacity.effects';
import { capacityFeature, initialCapacityState } from './capacity.feature';

const reduce = capacityFeature.reducer;
const notProceeded = { referred: 10, notProceeded: 2, rate: 0.2, reasons: [] };
const intake = { intakeStart: '2021-09-01', intakeEnd: '2022-03-31', months: [] };

describe('capacity state', () => {
  it('counts practitioners below the minimum and overdue families', () => {
    let state = reduce(initialCapacityState, CapacityPageActions.opened({ programmeId: 'p1' }));
    expect(state.loading).toBe(true);
    state = reduce(
      state,
      CapacityApiActions.loaded({
        programmeId: 'p1',
        rows: [
          practitionerRow({ code: 'P-1', belowMinimum: true, familiesOverdue: 2 }),
          practitionerRow({ code: 'P-2', belowMinimum: false, familiesOverdue: 1 }),
        ],
        notProceeded,
        intake,
      }),
    );
    const root = { capacity: state };
    expect(capacityFeature.selectBelowMinimum(root)).toBe(1);
    expect(capacityFeature.selectOverdue(root)).toBe(3);
    expect(state.loading).toBe(false);
  });

  it("drops another programme's figures on switching, and a late answer for it", () => {
    const loaded = reduce(
      reduce(initialCapacityState, CapacityPageActions.opened({ programmeId: 'p1' })),
      CapacityApiActions.loaded({
        programmeId: 'p1',
        rows: [practitionerRow()],
        notProceeded,
        intake,
      }),
    );
    const switched = reduce(loaded, CapacityPageActions.opened({ programmeId: 'p2' }));
    expect(switched).toMatchObject({ programmeId: 'p2', rows: [], intake: null, loading: true });
    expect(reduce(switched, CapacityApiActions.loadFailed({ programmeId: 'p1', error: 'x' }))).toBe(
      switched,
    );
  });

  it('loads the three figures of the programme opened', async () => {
    const api = {
      capacity: jest.fn((..._args: unknown[]) => of({ items: [practitionerRow()], total: 1 })),
      notProceeded: jest.fn(() => of(notProceeded)),
      intake: jest.fn(() => of(intake)),
    };
    const out = await firstValueFrom(
      load(
        of(CapacityPageActions.opened({ programmeId: 'p2' })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(api.capacity).toHaveBeenCalledWith('p2');
    expect(out).toEqual([
      CapacityApiActions.loaded({
        programmeId: 'p2',
        rows: [practitionerRow()],
        notProceeded,
        intake,
      }),
    ]);
  });
});
