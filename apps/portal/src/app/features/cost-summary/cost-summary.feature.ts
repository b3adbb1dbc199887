import type { NotProceededSummary } from '@attune/contract';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { BarDatum } from './bar-chart/bar-chart.model';
import { MonthPoint } from './month-chart/month-chart.model';
import { CostSummaryApiActions, CostSummaryPageActions } from './cost-summary.actions';
import { ledgerPageUrl } from '../ledger/ledger-query';
import { valueHeading } from '../../core/format/words';
import { CostSummary, laLabel, LedgerMonth } from './cost-summary.models';
import { chartValue, formatMinutes, formatPounds } from './money';

export interface CostSummaryState {
  programmeId: string | null;
  summary: CostSummary | null;
  notProceeded: NotProceededSummary | null;
  loading: boolean;
  error: string | null;
  /** The whole ledger by month (null until loaded). */
  months: LedgerMonth[] | null;
  monthsError: string | null;
}

export const initialCostSummaryState: CostSummaryState = {
  programmeId: null,
  summary: null,
  notProceeded: null,
  loading: false,
  error: null,
  months: null,
  monthsError: null,
};

/** A figure's ledger lines in the portal, when the programme is known. */
function linkTo(programmeId: string | null | undefined, ledgerQuery: string): string | undefined {
  return programmeId ? ledgerPageUrl(programmeId, ledgerQuery) : undefined;
}

export function laBars(summary: CostSummary | null, programmeId?: string | null): BarDatum[] {
  return (summary?.byLocalAuthority ?? []).map((row) => ({
    label: laLabel(row.code),
    value: chartValue(row.total),
    display: formatPounds(row.total),
    details: [formatPounds(row.staffTime), formatPounds(row.resources)],
    link: linkTo(programmeId, row.ledgerQuery),
  }));
}

export function activityBars(summary: CostSummary | null, programmeId?: string | null): BarDatum[] {
  return (summary?.byActivity ?? []).map((row) => ({
    label: valueHeading(row.activity),
    value: chartValue(row.cost),
    display: formatPounds(row.cost),
    details: [formatMinutes(row.minutes)],
    link: linkTo(programmeId, row.ledgerQuery),
  }));
}

export function costTypeBars(summary: CostSummary | null, programmeId?: string | null): BarDatum[] {
  if (!summary) return [];
  return [
    {
      label: 'Set-up',
      value: chartValue(summary.byCostType.setup),
      display: formatPounds(summary.byCostType.setup),
      link: linkTo(programmeId, summary.ledgerQueries.byCostType.setup),
    },
    {
      label: 'Recurring',
      value: chartValue(summary.byCostType.recurring),
      display: formatPounds(summary.byCostType.recurring),
      link: linkTo(programmeId, summary.ledgerQueries.byCostType.recurring),
    },
  ];
}

/** The cumulative cost at the end of each month; each month leads to its own lines. */
export function monthPoints(
  months: readonly LedgerMonth[] | null,
  programmeId?: string | null,
): MonthPoint[] {
  return (months ?? []).map((m) => ({
    month: m.month,
    cost: m.cost,
    cumulativeCost: m.cumulativeCost,
    link: linkTo(programmeId, m.ledgerQuery),
  }));
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
      months: state.programmeId === programmeId ? state.months : null,
      monthsError: null,
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
    on(CostSummaryApiActions.monthsLoaded, (state, { programmeId, months }) =>
      programmeId === state.programmeId ? { ...state, months, monthsError: null } : state,
    ),
    on(CostSummaryApiActions.monthsLoadFailed, (state, { programmeId, error }) =>
      programmeId === state.programmeId ? { ...state, months: null, monthsError: error } : state,
    ),
  ),
  extraSelectors: ({ selectSummary, selectProgrammeId, selectMonths }) => ({
    selectLaBars: createSelector(selectSummary, selectProgrammeId, laBars),
    selectActivityBars: createSelector(selectSummary, selectProgrammeId, activityBars),
    selectCostTypeBars: createSelector(selectSummary, selectProgrammeId, costTypeBars),
    selectMonthPoints: createSelector(selectMonths, selectProgrammeId, monthPoints),
  }),
});
