import type { NotProceededSummary } from '@attune/contract';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { BarDatum } from './bar-chart/bar-chart.model';
import { CostSummaryApiActions, CostSummaryPageActions } from './cost-summary.actions';
import { ACTIVITY_LABELS, CostSummary, laLabel } from './cost-summary.models';
import { chartValue, formatMinutes, formatPounds } from './money';

export interface CostSummaryState {
  programmeId: string | null;
  summary: CostSummary | null;
  notProceeded: NotProceededSummary | null;
  loading: boolean;
  error: string | null;
}

export const initialCostSummaryState: CostSummaryState = {
  programmeId: null,
  summary: null,
  notProceeded: null,
  loading: false,
  error: null,
};

export function laBars(summary: CostSummary | null): BarDatum[] {
  return (summary?.byLocalAuthority ?? []).map((row) => ({
    label: laLabel(row.code),
    value: chartValue(row.total),
    display: formatPounds(row.total),
    details: [formatPounds(row.staffTime), formatPounds(row.resources)],
  }));
}

export function activityBars(summary: CostSummary | null): BarDatum[] {
  return (summary?.byActivity ?? []).map((row) => ({
    label: ACTIVITY_LABELS[row.activity] ?? row.activity,
    value: chartValue(row.cost),
    display: formatPounds(row.cost),
    details: [formatMinutes(row.minutes)],
  }));
}

export function costTypeBars(summary: CostSummary | null): BarDatum[] {
  if (!summary) return [];
  return [
    {
      label: 'Set-up',
      value: chartValue(summary.byCostType.setup),
      display: formatPounds(summary.byCostType.setup),
    },
    {
      label: 'Recurring',
      value: chartValue(summary.byCostType.recurring),
      display: formatPounds(summary.byCostType.recurring),
    },
  ];
}

export const costSummaryFeature = createFeature({
  name: 'costSummary',
  reducer: createReducer(
    initialCostSummaryState,
    on(CostSummaryPageActions.opened, (state, { programmeId }) => ({
      ...state,
      programmeId,
      // Another programme's figures must not stay on screen under this one's name.
      summary: state.programmeId === programmeId ? state.summary : null,
      notProceeded: state.programmeId === programmeId ? state.notProceeded : null,
      loading: true,
      error: null,
    })),
    on(CostSummaryApiActions.summaryLoaded, (state, { programmeId, summary }) =>
      programmeId === state.programmeId ? { ...state, summary, loading: false } : state,
    ),
    on(CostSummaryApiActions.notProceededLoaded, (state, { programmeId, notProceeded }) =>
      programmeId === state.programmeId ? { ...state, notProceeded } : state,
    ),
    on(CostSummaryApiActions.summaryLoadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId
        ? { ...state, summary: null, loading: false, error }
        : state,
    ),
  ),
  extraSelectors: ({ selectSummary }) => ({
    selectLaBars: createSelector(selectSummary, laBars),
    selectActivityBars: createSelector(selectSummary, activityBars),
    selectCostTypeBars: createSelector(selectSummary, costTypeBars),
  }),
});
