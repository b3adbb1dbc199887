import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, toArray } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { SignOffApiActions, SignOffPageActions } from './sign-off.actions';
import { signOff } from './sign-off.effects';
import { initialSignOffState, signOffFeature } from './sign-off.feature';

const reduce = signOffFeature.reducer;
const submitted = SignOffPageActions.signOffSubmitted({
  programmeId: 'p2',
  laCode: 'LA1',
  month: '2022-02',
});

describe('sign-off state', () => {
  it('keeps its own saving and message, apart from every other page', () => {
    let state = reduce(initialSignOffState, SignOffPageActions.opened({ programmeId: 'p2' }));
    state = reduce(state, submitted);
    expect(state).toMatchObject({ saving: true, message: null });
    state = reduce(state, SignOffApiActions.signedOff({ message: 'Signed off.' }));
    expect(state).toMatchObject({ saving: false, message: 'Signed off.', saved: 1 });
  });

  it('signs off the month in the programme of the page', async () => {
    const api = {
      signOff: jest.fn((..._args: unknown[]) =>
        of({ laCode: 'LA1', month: '2022-02', lockedAt: '2022-03-01T10:00:00Z', lockedBy: null }),
      ),
    };
    const out = await firstValueFrom(
      signOff(of(submitted), api as unknown as DeliveryApi).pipe(toArray<Action>()),
    );
    expect(api.signOff).toHaveBeenCalledWith('p2', 'LA1', '2022-02');
    expect(out).toEqual([
      SignOffApiActions.signedOff({
        message: 'Signed off February 2022 for LA1: its records are now read-only.',
      }),
    ]);
  });

  it("passes on the API's reason when the month cannot be signed off", async () => {
    const api = {
      signOff: jest.fn((..._args: unknown[]) =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 409,
              error: { message: '2022-02 is already signed off for LA1.', code: 'already_locked' },
            }),
        ),
      ),
    };
    const out = await firstValueFrom(
      signOff(of(submitted), api as unknown as DeliveryApi).pipe(toArray<Action>()),
    );
    expect(out).toEqual([
      SignOffApiActions.signOffFailed({
        error: '2022-02 is already signed off for LA1.',
        problems: [],
      }),
    ]);
  });
});
