import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, toArray } from 'rxjs';
import type { ErrorBody } from '@attune/contract';
import { TimeEntryInput, TimeEntryView } from '../delivery.models';
import { TimeApi } from '../time.api';
import { MyTimeApiActions, MyTimePageActions } from './my-time.actions';
import { saveTime } from './my-time.effects';
import { initialMyTimeState, myTimeFeature } from './my-time.feature';

const reduce = myTimeFeature.reducer;
const entry: TimeEntryInput = {
  date: '2022-03-10',
  activity: 'case_recording',
  minutes: 45,
  familyReference: null,
  note: null,
};
const saved: TimeEntryView = {
  ...entry,
  id: 't1',
  staffCode: 'P-LA1-01',
  laCode: null,
  locked: false,
  version: 3,
};

function opened(programmeId = 'p1') {
  return MyTimePageActions.opened({
    programmeId,
    staffCode: 'P-LA1-01',
    monday: '2022-03-07',
    withFamilies: true,
  });
}

/** Runs the save effect on one action, against a programme `p2` in the store. */
async function run(action: Action, api: Partial<Record<keyof TimeApi, unknown>>) {
  const store = { select: () => of('p2') };
  return firstValueFrom(
    saveTime(of(action), api as unknown as TimeApi, store as never).pipe(toArray<Action>()),
  );
}

function refusal(status: number, body: Partial<ErrorBody>) {
  return () => throwError(() => new HttpErrorResponse({ status, error: body }));
}

describe('my time state', () => {
  it('keeps the week shown, and drops a late answer for another week or programme', () => {
    let state = reduce(initialMyTimeState, opened());
    state = reduce(
      state,
      MyTimeApiActions.weekLoaded({ programmeId: 'p1', monday: '2022-03-07', entries: [saved] }),
    );
    expect(state.entries).toEqual([saved]);
    const next = reduce(state, MyTimePageActions.weekChanged({ monday: '2022-03-14' }));
    expect(next.entries).toEqual([]);
    expect(
      reduce(
        next,
        MyTimeApiActions.weekLoaded({ programmeId: 'p1', monday: '2022-03-07', entries: [saved] }),
      ),
    ).toBe(next);
    const other = reduce(next, opened('p2'));
    expect(
      reduce(
        other,
        MyTimeApiActions.weekLoaded({ programmeId: 'p1', monday: '2022-03-07', entries: [saved] }),
      ),
    ).toBe(other);
  });

  it('edits one entry at a time and leaves editing once saved', () => {
    let state = reduce(initialMyTimeState, opened());
    state = reduce(
      state,
      MyTimeApiActions.weekLoaded({ programmeId: 'p1', monday: '2022-03-07', entries: [saved] }),
    );
    state = reduce(state, MyTimePageActions.editStarted({ id: 't1' }));
    expect(myTimeFeature.selectEditing({ myTime: state })).toEqual(saved);
    state = reduce(state, MyTimeApiActions.timeSaved({ message: 'Saved', warnings: [] }));
    expect(myTimeFeature.selectEditing({ myTime: state })).toBeNull();
  });
});

describe('my time writes', () => {
  it("logs time in the page's programme and passes on the counted-once warnings", async () => {
    const logTime = jest.fn((..._args: unknown[]) =>
      of({ ...saved, warnings: ['Also counted from a session'] }),
    );
    const out = await run(MyTimePageActions.timeSubmitted({ entry }), { logTime });
    expect(logTime).toHaveBeenCalledWith('p2', entry);
    expect(out).toEqual([
      MyTimeApiActions.timeSaved({
        message: 'Logged 45 minutes of case recording on 10 Mar 2022.',
        warnings: ['Also counted from a session'],
      }),
    ]);
  });

  it('sends an edit and a delete with the version that was read', async () => {
    const updateTime = jest.fn((..._args: unknown[]) =>
      of({ ...saved, minutes: 60, warnings: [] }),
    );
    const deleteTime = jest.fn((..._args: unknown[]) => of(undefined));
    const changes = { ...entry, minutes: 60 };
    await run(MyTimePageActions.changeSubmitted({ entry: saved, changes }), { updateTime });
    expect(updateTime).toHaveBeenCalledWith('p2', saved, changes);
    const out = await run(MyTimePageActions.deleteConfirmed({ entry: saved }), { deleteTime });
    expect(deleteTime).toHaveBeenCalledWith('p2', saved);
    expect(out).toEqual([
      MyTimeApiActions.timeSaved({
        message: 'Deleted 45 minutes of case recording on 10 Mar 2022.',
        warnings: [],
      }),
    ]);
  });

  it("shows a signed-off month's refusal with its reason and that an admin can reopen it", async () => {
    const logTime = jest.fn(
      refusal(409, {
        code: 'period_locked',
        message: 'March 2022 is signed off for LA1.',
        lock: {
          laCode: 'LA1',
          month: '2022-03',
          lockedAt: '2022-04-01T09:00:00Z',
          lockedBy: 'm@la1.test',
          reason: 'Signed off by m@la1.test on 1 Apr 2022.',
          reopenableBy: 'admin',
        },
      }),
    );
    const [action] = await run(MyTimePageActions.timeSubmitted({ entry }), { logTime });
    expect(action).toEqual(
      MyTimeApiActions.timeFailed({
        error:
          'March 2022 is signed off for LA1. Signed off by m@la1.test on 1 Apr 2022. Ask an admin to reopen March 2022 for LA1.',
        problems: [],
      }),
    );
  });

  it('puts the 400 and the window 422 problems at their fields, and the counted-once refusal at the form', async () => {
    const problem = { field: 'date', problem: "date 2030-01-01 is outside the programme's window" };
    const window = await run(MyTimePageActions.timeSubmitted({ entry }), {
      logTime: refusal(422, { message: 'Outside the window', errors: [problem] }),
    });
    expect(window).toEqual([
      MyTimeApiActions.timeFailed({ error: 'Outside the window', problems: [problem] }),
    ]);
    const counted = await run(MyTimePageActions.timeSubmitted({ entry }), {
      logTime: refusal(409, {
        code: 'already_counted',
        message: 'Direct delivery on 10 Mar 2022 is already counted from a family session.',
      }),
    });
    expect(counted).toEqual([
      MyTimeApiActions.timeFailed({
        error: 'Direct delivery on 10 Mar 2022 is already counted from a family session.',
        problems: [],
      }),
    ]);
  });

  it('explains a stale version and offers to reload', async () => {
    const out = await run(MyTimePageActions.deleteConfirmed({ entry: saved }), {
      deleteTime: refusal(409, { code: 'stale_version', message: 'stale', currentVersion: 4 }),
    });
    expect(out).toEqual([
      MyTimeApiActions.stale({
        error:
          'Someone changed this record since you opened it, so nothing was changed. Reload to see the latest and try again.',
      }),
    ]);
    const state = reduce(reduce(initialMyTimeState, opened()), out[0]!);
    expect(state.stale).toBe(true);
  });
});
