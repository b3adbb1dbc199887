import { createFeature, createReducer, on } from '@ngrx/store';
import { DeliveryApiActions, DeliveryPageActions } from './delivery.actions';
import {
  CapacityRow,
  DeliveryView,
  FamilyDetail,
  FamilySessionView,
  FamilyView,
  FieldProblem,
  IntakeView,
  NotProceededSummary,
  PeriodLockView,
  ProgrammeOption,
  TimeEntryView,
} from './delivery.models';

export interface DeliveryState {
  programmes: ProgrammeOption[];
  programmeId: string | null;
  view: DeliveryView | null;
  capacity: CapacityRow[];
  notProceeded: NotProceededSummary | null;
  intake: IntakeView | null;
  practitioner: CapacityRow | null;
  families: FamilyView[];
  familiesTotal: number;
  sessions: FamilySessionView[];
  timeEntries: TimeEntryView[];
  totalMinutes: number;
  locks: PeriodLockView[];
  /** The family of the detail page, and the practitioners it may be allocated to. */
  family: FamilyDetail | null;
  practitioners: CapacityRow[];
  /** The last save met a 409: the page offers to reload. */
  conflict: boolean;
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  /** Problems by field, to show next to the fields of the form that was sent. */
  problems: FieldProblem[];
  /** The last change that worked, announced; with anything the person should know. */
  message: string | null;
  warnings: string[];
  /** Bumped on each successful save so a form knows to clear itself. */
  saved: number;
}

export const initialDeliveryState: DeliveryState = {
  programmes: [],
  programmeId: null,
  view: null,
  capacity: [],
  notProceeded: null,
  intake: null,
  practitioner: null,
  families: [],
  familiesTotal: 0,
  sessions: [],
  timeEntries: [],
  totalMinutes: 0,
  locks: [],
  family: null,
  practitioners: [],
  conflict: false,
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  problems: [],
  message: null,
  warnings: [],
  saved: 0,
};

const saving = (state: DeliveryState): DeliveryState => ({
  ...state,
  saving: true,
  saveError: null,
  problems: [],
  conflict: false,
  message: null,
  warnings: [],
});

export const deliveryFeature = createFeature({
  name: 'delivery',
  reducer: createReducer(
    initialDeliveryState,
    on(DeliveryPageActions.opened, (state, { view }) => ({
      ...state,
      view,
      loading: true,
      loadError: null,
      saveError: null,
      problems: [],
      conflict: false,
      // Another family's detail must never show while this one loads.
      family:
        view.kind === 'family' && state.family?.reference === view.reference ? state.family : null,
    })),
    on(DeliveryPageActions.programmeChosen, (state, { programmeId }) => ({
      ...state,
      programmeId,
      loading: true,
    })),
    on(DeliveryApiActions.programmesLoaded, (state, { programmes }) => ({
      ...state,
      programmes,
      programmeId: state.programmeId ?? programmes[0]?.id ?? null,
      loading: programmes.length > 0 && state.loading,
      loadError: programmes.length === 0 ? 'There is no programme that you can see yet.' : null,
    })),
    on(DeliveryApiActions.capacityLoaded, (state, { rows, notProceeded, intake }) => ({
      ...state,
      capacity: rows,
      notProceeded,
      intake,
      loading: false,
    })),
    on(DeliveryApiActions.practitionerLoaded, (state, { row, families }) => ({
      ...state,
      practitioner: row,
      families,
      familiesTotal: families.length,
      loading: false,
    })),
    on(DeliveryApiActions.familiesLoaded, (state, { families, total }) => ({
      ...state,
      families,
      familiesTotal: total,
      loading: false,
    })),
    on(DeliveryApiActions.sessionsLoaded, (state, { sessions }) => ({ ...state, sessions })),
    on(DeliveryApiActions.timeLoaded, (state, { entries, totalMinutes }) => ({
      ...state,
      timeEntries: entries,
      totalMinutes,
      loading: false,
    })),
    on(DeliveryApiActions.familyLoaded, (state, { family, practitioners }) => ({
      ...state,
      family,
      practitioners,
      loading: false,
    })),
    on(DeliveryApiActions.conflict, (state, { error }) => ({
      ...state,
      saving: false,
      saveError: error,
      problems: [],
      conflict: true,
    })),
    on(DeliveryApiActions.locksLoaded, (state, { locks }) => ({ ...state, locks, loading: false })),
    on(DeliveryApiActions.loadFailed, (state, { error }) => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(
      DeliveryPageActions.referralSubmitted,
      DeliveryPageActions.sessionSubmitted,
      DeliveryPageActions.timeSubmitted,
      DeliveryPageActions.signOffSubmitted,
      DeliveryPageActions.familyActionSubmitted,
      saving,
    ),
    on(DeliveryApiActions.saved, (state, { message, warnings }) => ({
      ...state,
      saving: false,
      message,
      warnings,
      saved: state.saved + 1,
    })),
    on(DeliveryApiActions.saveFailed, (state, { error, problems }) => ({
      ...state,
      saving: false,
      saveError: error,
      problems,
    })),
    on(DeliveryPageActions.messageDismissed, (state) => ({
      ...state,
      message: null,
      warnings: [],
    })),
  ),
});
