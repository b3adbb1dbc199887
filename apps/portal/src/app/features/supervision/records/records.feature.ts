import { createFeature, createReducer, on } from '@ngrx/store';
import { SupervisionFormOptions } from '../supervision.models';
import { RecordsApiActions, RecordsPageActions } from './records.actions';
import { Milestone, RecordKind, TrainingEvent } from './records.models';

export interface RecordsState {
  kind: RecordKind;
  programmeId: string | null;
  options: SupervisionFormOptions | null;
  /** The trainee whose milestones are listed; null lists all the caller may see. */
  trainee: string | null;
  milestones: Milestone[];
  events: TrainingEvent[];
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  /** Set after a 409: the id of the record someone else changed. */
  conflictId: string | null;
  message: string | null;
  /** Bumped on each save so the form knows to clear itself. */
  saved: number;
  editingMilestone: Milestone | null;
  editingEvent: TrainingEvent | null;
}

export const initialRecordsState: RecordsState = {
  kind: 'milestones',
  programmeId: null,
  options: null,
  trainee: null,
  milestones: [],
  events: [],
  loading: false,
  loadError: null,
  saving: false,
  saveError: null,
  conflictId: null,
  message: null,
  saved: 0,
  editingMilestone: null,
  editingEvent: null,
};

const startEdit = (state: RecordsState): RecordsState => ({
  ...state,
  saveError: null,
  conflictId: null,
  message: null,
});

export const recordsFeature = createFeature({
  name: 'supervisionRecords',
  reducer: createReducer(
    initialRecordsState,
    on(RecordsPageActions.opened, (state, { kind, programmeId }) => ({
      ...initialRecordsState,
      kind,
      programmeId,
      loading: true,
    })),
    on(RecordsPageActions.traineeChosen, (state, { practitionerCode }) => ({
      ...state,
      trainee: practitionerCode,
      loading: true,
      loadError: null,
    })),
    on(RecordsApiActions.optionsLoaded, (state, { options }) => ({ ...state, options })),
    on(RecordsApiActions.milestonesLoaded, (state, { page }) => ({
      ...state,
      milestones: page.items,
      loading: false,
    })),
    on(RecordsApiActions.trainingLoaded, (state, { page }) => ({
      ...state,
      events: page.items,
      loading: false,
    })),
    on(RecordsApiActions.loadFailed, (state, { error }) => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(
      RecordsPageActions.milestoneSubmitted,
      RecordsPageActions.milestoneUpdateSubmitted,
      RecordsPageActions.trainingSubmitted,
      RecordsPageActions.trainingUpdateSubmitted,
      RecordsPageActions.deleteConfirmed,
      (state) => ({ ...startEdit(state), saving: true }),
    ),
    on(RecordsApiActions.saved, (state, { message }) => ({
      ...state,
      saving: false,
      message,
      saved: state.saved + 1,
      editingMilestone: null,
      editingEvent: null,
    })),
    on(RecordsApiActions.saveFailed, RecordsApiActions.deleteRefused, (state, { error }) => ({
      ...state,
      saving: false,
      saveError: error,
    })),
    on(RecordsApiActions.saveConflicted, (state, { error, id }) => ({
      ...state,
      saving: false,
      saveError: error,
      conflictId: id,
    })),
    on(RecordsPageActions.editMilestone, RecordsApiActions.milestoneReloaded, (state, a) => ({
      ...startEdit(state),
      editingMilestone: a.milestone,
    })),
    on(RecordsPageActions.editTraining, RecordsApiActions.trainingReloaded, (state, a) => ({
      ...startEdit(state),
      editingEvent: a.event,
    })),
    on(RecordsPageActions.editCancelled, (state) => ({
      ...startEdit(state),
      editingMilestone: null,
      editingEvent: null,
    })),
  ),
});
