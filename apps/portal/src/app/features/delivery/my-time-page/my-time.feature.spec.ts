import { describe, it, expect, jest } from '@jest/globals';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { TimeEntryInput } from '../delivery.models';
import { MyTimeApiActions, MyTimePageActions } from './my-time.actions';
import { logTime } from './my-time.effects';
import { initialMyTimeState, myTimeFeature } from './my-time.feature';

const reduce = myTimeFeature.reducer;
const entry: TimeEntryInput = {
  date: '2022-03-10',
  activity: 'case_recording',
  minutes: 45,
  familyReference: null,
  note: null,
};

describe('my time state', () => {
  it('shows the total in hours, and drops a late answer for another programme', () => {
    let state = reduce(initialMyTimeState, MyTimePageActions.opened({ programmeId: 'p1' }));
    state = reduce(
      state,
      MyTimeApiActions.loaded({ programmeId: 'p1', entries: [], totalMinutes: 135 }),
    );
    expect(myTimeFeature.selectHours({ myTime: state })).toBe('2.3');
    const other = reduce(state, MyTimePageActions.opened({ programmeId: 'p2' }));
    expect(other.totalMinutes).toBe(0);
    expect(
      reduce(other, MyTimeApiActions.loaded({ programmeId: 'p1', entries: [], totalMinutes: 9 })),
    ).toBe(other);
  });

  it('logs time in the programme of the page and says what was logged', async () => {
    const api = {
      logTime: jest.fn((..._args: unknown[]) =>
        of({ ...entry, id: 't1', staffCode: 'P-1', laCode: 'LA1', locked: false, version: 1 }),
      ),
    };
    const out = await firstValueFrom(
      logTime(
        of(MyTimePageActions.timeSubmitted({ programmeId: 'p2', entry })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(api.logTime).toHaveBeenCalledWith('p2', entry);
    expect(out).toEqual([
      MyTimeApiActions.timeLogged({
        message: 'Logged 45 minutes of case recording on 2022-03-10.',
      }),
    ]);
  });
});
