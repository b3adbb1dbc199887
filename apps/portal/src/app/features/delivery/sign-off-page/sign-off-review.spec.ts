import { describe, it, expect, jest } from '@jest/globals';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';
import type { MonthReviewView } from '../delivery.models';
import { DeliveryApi } from '../delivery.api';
import { activeActivities } from '../month-review-table/month-review-table';
import { defaultMonth, monthsNewestFirst } from './sign-off-page';
import { SignOffApiActions, SignOffPageActions } from './sign-off.actions';
import { reopen } from './sign-off.effects';
import { initialSignOffState, signOffFeature } from './sign-off.feature';

const reduce = signOffFeature.reducer;
const minutes = {
  direct_delivery: 60,
  travel: 0,
  preparation: 0,
  supervision_provided: 0,
  supervision_received: 0,
  training_delivered: 0,
  training_received: 0,
  case_recording: 15,
  meetings: 0,
  admin: 0,
  other: 0,
};
const review: MonthReviewView = {
  laCode: 'LA1',
  month: '2022-02',
  rows: [],
  totals: { minutesByActivity: minutes, totalMinutes: 75, sessionsHeld: 1, sessionsRecorded: 1 },
  missing: [],
  lock: null,
};

describe('sign-off review', () => {
  it('offers last month, kept inside the programme', () => {
    const programme = { startDate: '2021-06-01', deliveryEnd: '2022-06-30' };
    expect(defaultMonth('2022-03-15', programme)).toBe('2022-02');
    expect(defaultMonth('2026-12-06', programme)).toBe('2022-06');
    expect(defaultMonth('2021-01-10', programme)).toBe('2021-06');
    expect(defaultMonth('2022-03-15', null)).toBe('2022-02');
  });

  it("names the programme's months up to the last, newest first, across a new year", () => {
    expect(monthsNewestFirst('2021-11', '2022-02')).toEqual([
      '2022-02',
      '2022-01',
      '2021-12',
      '2021-11',
    ]);
    expect(monthsNewestFirst('2022-06', '2022-06')).toEqual(['2022-06']);
    expect(monthsNewestFirst('2022-07', '2022-06')).toEqual([]);
  });

  it('clears the last sign-off message when the month changes, and keeps only its own review', () => {
    let state = reduce(initialSignOffState, SignOffPageActions.opened({ programmeId: 'p1' }));
    state = reduce(state, SignOffApiActions.signedOff({ message: 'Signed off 2022-01.' }));
    expect(state.message).toBe('Signed off 2022-01.');
    state = reduce(
      state,
      SignOffPageActions.reviewRequested({ programmeId: 'p1', laCode: 'LA1', month: '2022-02' }),
    );
    expect(state).toMatchObject({ message: null, saveError: null, review: null });
    // A late answer for another month is not shown as this one's.
    state = reduce(
      state,
      SignOffApiActions.reviewLoaded({ review: { ...review, month: '2022-01' } }),
    );
    expect(state.review).toBeNull();
    state = reduce(state, SignOffApiActions.reviewLoaded({ review }));
    expect(state.review).toBe(review);
  });

  it('shows only the activities that have minutes', () => {
    expect(activeActivities(review)).toEqual(['direct_delivery', 'case_recording']);
  });

  it('reopens with the reason given', async () => {
    const api = { reopen: jest.fn((..._args: unknown[]) => of(undefined)) };
    const submitted = SignOffPageActions.reopenSubmitted({
      programmeId: 'p1',
      laCode: 'LA1',
      month: '2022-02',
      reason: 'Wrong family',
    });
    const out = await firstValueFrom(
      reopen(of(submitted), api as unknown as DeliveryApi).pipe(toArray<Action>()),
    );
    expect(api.reopen).toHaveBeenCalledWith('p1', 'LA1', '2022-02', 'Wrong family');
    expect(out).toEqual([
      SignOffApiActions.reopened({
        message: 'Reopened February 2022 for LA1: its records can be changed again.',
      }),
    ]);
  });
});
