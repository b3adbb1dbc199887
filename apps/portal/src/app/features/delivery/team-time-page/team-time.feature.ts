import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { TimeEntryView } from '../delivery.models';
import {
  LoadState,
  SaveState,
  initialLoad,
  initialSave,
  loadFailed,
  loadStarted,
  saveFailed,
  saveStarted,
  saveSucceeded,
} from '../shared/request-state';
import { TeamMember, minutesByPerson } from '../shared/week';
import { TeamTimeApiActions, TeamTimePageActions } from './team-time.actions';

/** An LA's staff time for one week, and recording or correcting it for one of them. */
export interface TeamTimeState extends LoadState, SaveState {
  programmeId: string | null;
  laCode: string | null;
  monday: string;
  /** Every entry of the LA that week. */
  entries: TimeEntryView[];
  members: TeamMember[];
  /** Whose time is being recorded. */
  staffCode: string | null;
  editingId: string | null;
  stale: boolean;
}

export const initialTeamTimeState: TeamTimeState = {
  ...initialLoad,
  ...initialSave,
  programmeId: null,
  laCode: null,
  monday: '',
  entries: [],
  members: [],
  staffCode: null,
  editingId: null,
  stale: false,
};

export const teamTimeFeature = createFeature({
  name: 'teamTime',
  reducer: createReducer(
    initialTeamTimeState,
    on(TeamTimePageActions.opened, (state, { programmeId, laCode, monday }) => {
      const same = state.programmeId === programmeId && state.laCode === laCode;
      const next = same
        ? { ...state, monday }
        : { ...initialTeamTimeState, programmeId, laCode, monday };
      return laCode ? loadStarted(next) : next;
    }),
    on(TeamTimePageActions.laChosen, (state, { laCode }) =>
      loadStarted({
        ...initialTeamTimeState,
        programmeId: state.programmeId,
        monday: state.monday,
        laCode,
      }),
    ),
    on(TeamTimePageActions.weekChanged, (state, { monday }) =>
      loadStarted({ ...state, monday, entries: [], editingId: null }),
    ),
    on(TeamTimePageActions.memberChosen, (state, { staffCode }) => ({
      ...state,
      staffCode,
      editingId: null,
      problems: [],
      saveError: null,
    })),
    on(TeamTimePageActions.reloadRequested, (state) =>
      loadStarted({ ...state, stale: false, saveError: null, editingId: null }),
    ),
    on(TeamTimeApiActions.weekLoaded, (state, { laCode, monday, entries, members }) =>
      laCode === state.laCode && monday === state.monday
        ? { ...state, entries, members, loading: false }
        : state,
    ),
    on(TeamTimeApiActions.loadFailed, (state, { error }) => loadFailed(state, error)),
    on(TeamTimePageActions.editStarted, (state, { id }) => ({
      ...state,
      editingId: id,
      problems: [],
      saveError: null,
    })),
    on(TeamTimePageActions.editCancelled, (state) => ({
      ...state,
      editingId: null,
      problems: [],
      saveError: null,
    })),
    on(
      TeamTimePageActions.timeSubmitted,
      TeamTimePageActions.changeSubmitted,
      TeamTimePageActions.deleteConfirmed,
      (state) => ({ ...saveStarted(state), stale: false }),
    ),
    on(TeamTimeApiActions.timeSaved, (state, { message, warnings }) => ({
      ...saveSucceeded(state, message, warnings),
      editingId: null,
    })),
    on(TeamTimeApiActions.timeFailed, (state, { error, problems }) =>
      saveFailed(state, error, problems),
    ),
    on(TeamTimeApiActions.stale, (state, { error }) => ({
      ...saveFailed(state, error, []),
      stale: true,
    })),
  ),
  extraSelectors: ({ selectEntries, selectMembers, selectStaffCode, selectEditingId }) => {
    const selectMemberEntries = createSelector(selectEntries, selectStaffCode, (entries, code) =>
      code ? entries.filter((e) => e.staffCode === code) : [],
    );
    return {
      selectRows: createSelector(selectMembers, selectEntries, minutesByPerson),
      selectMemberEntries,
      selectEditing: createSelector(
        selectMemberEntries,
        selectEditingId,
        (entries, id) => entries.find((e) => e.id === id) ?? null,
      ),
    };
  },
});
