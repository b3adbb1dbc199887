import { describe, it, expect, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { Action, Store } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Subject, of } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { TimeEntryInput, TimeEntryView } from '../delivery.models';
import { TimeApi } from '../time.api';
import { TeamTimeApiActions, TeamTimePageActions } from './team-time.actions';
import { loadWeek, saveTime } from './team-time.effects';
import { TeamTimeState, initialTeamTimeState, teamTimeFeature } from './team-time.feature';

const reduce = teamTimeFeature.reducer;
const entry = (staffCode: string, minutes: number, id = staffCode): TimeEntryView => ({
  id,
  staffCode,
  date: '2022-03-08',
  activity: 'admin',
  minutes,
  laCode: null,
  familyReference: null,
  note: null,
  locked: false,
  version: 1,
});

function storeWith(state: Partial<TeamTimeState>) {
  TestBed.configureTestingModule({
    providers: [
      provideMockStore({
        initialState: { teamTime: { ...initialTeamTimeState, programmeId: 'p1', ...state } },
      }),
    ],
  });
  return TestBed.inject(Store);
}

describe('team time state', () => {
  it("gives each member the week's minutes and the chosen member's entries", () => {
    let state = reduce(
      initialTeamTimeState,
      TeamTimePageActions.opened({ programmeId: 'p1', laCode: 'LA1', monday: '2022-03-07' }),
    );
    state = reduce(
      state,
      TeamTimeApiActions.weekLoaded({
        laCode: 'LA1',
        monday: '2022-03-07',
        entries: [entry('P-LA1-01', 30, 'a'), entry('M-LA1-01', 20), entry('P-LA1-01', 15, 'b')],
        members: [
          { code: 'P-LA1-01', name: null },
          { code: 'A-LA1-01', name: 'Ash' },
        ],
      }),
    );
    state = reduce(state, TeamTimePageActions.memberChosen({ staffCode: 'P-LA1-01' }));
    const root = { teamTime: state };
    expect(teamTimeFeature.selectRows(root)).toEqual([
      { code: 'A-LA1-01', name: 'Ash', minutes: 0 },
      { code: 'M-LA1-01', name: null, minutes: 20 },
      { code: 'P-LA1-01', name: null, minutes: 45 },
    ]);
    expect(teamTimeFeature.selectMemberEntries(root).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('waits for an admin to choose an LA before loading anything', () => {
    const state = reduce(
      initialTeamTimeState,
      TeamTimePageActions.opened({ programmeId: 'p1', laCode: null, monday: '2022-03-07' }),
    );
    expect(state.loading).toBe(false);
    expect(reduce(state, TeamTimePageActions.laChosen({ laCode: 'LA2' }))).toMatchObject({
      laCode: 'LA2',
      loading: true,
    });
  });
});

describe('team time effects', () => {
  it("loads the LA's week of entries and its members", () => {
    const store = storeWith({ laCode: 'LA1', monday: '2022-03-07' });
    const api = {
      timeEntries: jest.fn((..._args: unknown[]) =>
        of({ items: [entry('P-LA1-01', 30)], total: 1, totalMinutes: 30 }),
      ),
      staff: jest.fn((..._args: unknown[]) =>
        of({
          items: [
            {
              code: 'A-LA1-01',
              displayName: 'Ash',
              costRole: 'admin_staff',
              laCode: 'LA1',
              version: 1,
            },
          ],
          total: 1,
        }),
      ),
    };
    const delivery = {
      capacity: jest.fn(() =>
        of({
          items: [
            { code: 'P-LA1-01', laCode: 'LA1' },
            { code: 'P-LA2-01', laCode: 'LA2' },
          ],
        }),
      ),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadWeek(
      actions,
      api as unknown as TimeApi,
      delivery as unknown as DeliveryApi,
      store,
    ).subscribe((a) => out.push(a));
    actions.next(TeamTimePageActions.weekChanged({ monday: '2022-03-07' }));
    expect(api.timeEntries).toHaveBeenCalledWith('p1', {
      from: '2022-03-07',
      to: '2022-03-13',
      laCode: 'LA1',
    });
    expect(out).toEqual([
      TeamTimeApiActions.weekLoaded({
        laCode: 'LA1',
        monday: '2022-03-07',
        entries: [entry('P-LA1-01', 30)],
        members: [
          { code: 'P-LA1-01', name: null },
          { code: 'A-LA1-01', name: 'Ash' },
        ],
      }),
    ]);
  });

  it('records time for the chosen staff member', () => {
    const store = storeWith({ laCode: 'LA1', staffCode: 'A-LA1-01' });
    const logTime = jest.fn((..._args: unknown[]) =>
      of({ ...entry('A-LA1-01', 25), warnings: [] }),
    );
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveTime(actions, { logTime } as unknown as TimeApi, store).subscribe((a) => out.push(a));
    const input: TimeEntryInput = {
      date: '2022-03-08',
      activity: 'admin',
      minutes: 25,
      familyReference: null,
      note: null,
    };
    actions.next(TeamTimePageActions.timeSubmitted({ entry: input }));
    expect(logTime).toHaveBeenCalledWith('p1', { ...input, staffCode: 'A-LA1-01' });
    expect(out).toEqual([
      TeamTimeApiActions.timeSaved({
        message: 'Logged 25 minutes of admin on 8 Mar 2022 for A-LA1-01.',
        warnings: [],
      }),
    ]);
  });
});
