import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { HealthApiActions, HealthPageActions } from './health.actions';
import { HealthReport } from './health.models';

export interface HealthState {
  report: HealthReport | null;
  loading: boolean;
  /** Set when the API could not be asked at all. */
  error: string | null;
  checkedAt: string | null;
}

export const initialHealthState: HealthState = {
  report: null,
  loading: false,
  error: null,
  checkedAt: null,
};

export type ComponentStatus = 'up' | 'down' | 'unknown';

export const healthFeature = createFeature({
  name: 'health',
  reducer: createReducer(
    initialHealthState,
    on(HealthPageActions.opened, HealthPageActions.refreshClicked, (state) => ({
      ...state,
      loading: true,
    })),
    on(HealthApiActions.reportLoaded, (_state, { report, checkedAt }) => ({
      report,
      checkedAt,
      loading: false,
      error: null,
    })),
    on(HealthApiActions.reportFailed, (state, { error }) => ({
      ...state,
      report: null,
      loading: false,
      error,
    })),
  ),
  extraSelectors: ({ selectReport, selectError }) => ({
    /** The API answered (with any report) or it did not. */
    selectApiStatus: createSelector(selectReport, selectError, (report, error): ComponentStatus =>
      report ? 'up' : error ? 'down' : 'unknown',
    ),
    selectDatabaseStatus: createSelector(
      selectReport,
      (report): ComponentStatus => report?.database.status ?? 'unknown',
    ),
  }),
});
