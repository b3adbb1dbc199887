import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, toArray } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { SessionInput } from '../delivery.models';
import { referredFamily } from '../family-page/family.fixture';
import { MyFamiliesApiActions, MyFamiliesPageActions } from './my-families.actions';
import { logSession } from './my-families.effects';
import { initialMyFamiliesState, myFamiliesFeature } from './my-families.feature';

const reduce = myFamiliesFeature.reducer;
const session: SessionInput = {
  familyReference: 'F-LA1-0001',
  date: '2022-03-10',
  type: 'initial_meeting',
  cycle: null,
  outcome: 'held',
  contactMinutes: 60,
  travelMinutes: 20,
  prepMinutes: 10,
};

describe('my families state', () => {
  it('offers sessions for allocated families, active first, and counts the overdue', () => {
    const families = [
      referredFamily({ reference: 'F-1', practitionerCode: null }),
      referredFamily({ reference: 'F-2', practitionerCode: 'P-1', status: 'allocated' }),
      referredFamily({
        reference: 'F-3',
        practitionerCode: 'P-1',
        status: 'active',
        overdue: true,
      }),
    ];
    const state = reduce(
      reduce(initialMyFamiliesState, MyFamiliesPageActions.opened({ programmeId: 'p1' })),
      MyFamiliesApiActions.loaded({ programmeId: 'p1', families, sessions: [] }),
    );
    const root = { myFamilies: state };
    expect(myFamiliesFeature.selectWorkable(root).map((f) => f.reference)).toEqual(['F-3', 'F-2']);
    expect(myFamiliesFeature.selectOverdueCount(root)).toBe(1);
  });

  it('announces a logged session and tells the form to clear', () => {
    let state = reduce(
      initialMyFamiliesState,
      MyFamiliesPageActions.sessionSubmitted({ programmeId: 'p1', session }),
    );
    expect(state.saving).toBe(true);
    state = reduce(state, MyFamiliesApiActions.sessionLogged({ message: 'Logged.' }));
    expect(state).toMatchObject({ saving: false, message: 'Logged.', saved: 1 });
  });
});

describe('my families effects', () => {
  it('logs the session in the programme of the page', async () => {
    const api = {
      logSession: jest.fn((..._args: unknown[]) =>
        of({
          ...session,
          id: 's1',
          practitionerCode: 'P-1',
          laCode: 'LA1',
          locked: false,
          version: 1,
        }),
      ),
    };
    const out = await firstValueFrom(
      logSession(
        of(MyFamiliesPageActions.sessionSubmitted({ programmeId: 'p2', session })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(api.logSession).toHaveBeenCalledWith('p2', session);
    expect(out).toEqual([
      MyFamiliesApiActions.sessionLogged({
        message: 'Logged the initial meeting session of 10 Mar 2022 with F-LA1-0001.',
      }),
    ]);
  });

  it('keeps the problems of a refused session by field', async () => {
    const problems = [{ field: 'date', problem: 'the month is signed off' }];
    const api = {
      logSession: jest.fn((..._args: unknown[]) =>
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
      logSession(
        of(MyFamiliesPageActions.sessionSubmitted({ programmeId: 'p1', session })),
        api as unknown as DeliveryApi,
      ).pipe(toArray<Action>()),
    );
    expect(out).toEqual([MyFamiliesApiActions.sessionFailed({ error: 'Bad input.', problems })]);
  });
});
