import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { BarChart } from '../bar-chart/bar-chart';
import { CostGaps } from '../cost-gaps/cost-gaps';
import { CostSummaryPageActions } from '../cost-summary.actions';
import { costSummaryFeature } from '../cost-summary.feature';
import { packageHref } from '../cost-summary.models';
import { CostTotals } from '../cost-totals/cost-totals';
import { MonthChart } from '../month-chart/month-chart';
import { NotStarted } from '../not-started/not-started';
import { UnitCosts } from '../unit-costs/unit-costs';
import { ledgerQueryParams } from '../../ledger/ledger-query';

/** The cost summary of one programme; the address names it (`/p/:programmeId/costs`), so a view can be shared. */
@Component({
  selector: 'att-cost-summary-page',
  imports: [
    MatButtonModule,
    RouterLink,
    BarChart,
    CostGaps,
    CostTotals,
    MonthChart,
    NotStarted,
    UnitCosts,
  ],
  templateUrl: './cost-summary-page.html',
  styleUrl: './cost-summary-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostSummaryPage {
  private readonly store = inject(Store);

  /** Route parameter, bound by the router. */
  readonly programmeId = input.required<string>();

  readonly selected = this.store.selectSignal(programmeFeature.selectCurrent);
  readonly summary = this.store.selectSignal(costSummaryFeature.selectSummary);
  readonly loading = this.store.selectSignal(costSummaryFeature.selectLoading);
  readonly error = this.store.selectSignal(costSummaryFeature.selectError);
  readonly notProceeded = this.store.selectSignal(costSummaryFeature.selectNotProceeded);
  readonly laBars = this.store.selectSignal(costSummaryFeature.selectLaBars);
  readonly activityBars = this.store.selectSignal(costSummaryFeature.selectActivityBars);
  readonly costTypeBars = this.store.selectSignal(costSummaryFeature.selectCostTypeBars);
  readonly monthPoints = this.store.selectSignal(costSummaryFeature.selectMonthPoints);
  readonly monthsError = this.store.selectSignal(costSummaryFeature.selectMonthsError);
  readonly ledgerLink = computed(() => ['/p', this.programmeId(), 'ledger']);
  readonly packageHref = packageHref;
  readonly csvHref = (id: string) => `/api/programmes/${encodeURIComponent(id)}/cost-summary.csv`;

  readonly params = ledgerQueryParams;

  constructor() {
    // Each programme named in the address is loaded afresh (figures change as records do).
    dispatchOnOpen(() => CostSummaryPageActions.opened({ programmeId: this.programmeId() }));
  }
}
