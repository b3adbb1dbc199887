import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { BarChart } from '../bar-chart/bar-chart';
import { CostSummaryPageActions } from '../cost-summary.actions';
import { costSummaryFeature } from '../cost-summary.feature';
import { packageHref } from '../cost-summary.models';
import { CostTotals } from '../cost-totals/cost-totals';
import { UnitCosts } from '../unit-costs/unit-costs';

/** The cost summary of one programme; the address bar names it (`?programme=`), so a view can be shared. */
@Component({
  selector: 'att-cost-summary-page',
  imports: [MatFormFieldModule, MatSelectModule, MatButtonModule, BarChart, CostTotals, UnitCosts],
  templateUrl: './cost-summary-page.html',
  styleUrl: './cost-summary-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostSummaryPage implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameter, bound by the router. */
  readonly programme = input<string>();

  readonly programmes = this.store.selectSignal(costSummaryFeature.selectProgrammes);
  readonly programmesLoaded = this.store.selectSignal(costSummaryFeature.selectProgrammesLoaded);
  readonly programmesError = this.store.selectSignal(costSummaryFeature.selectProgrammesError);
  readonly selected = this.store.selectSignal(costSummaryFeature.selectProgramme);
  readonly summary = this.store.selectSignal(costSummaryFeature.selectSummary);
  readonly loading = this.store.selectSignal(costSummaryFeature.selectLoading);
  readonly error = this.store.selectSignal(costSummaryFeature.selectError);
  readonly laBars = this.store.selectSignal(costSummaryFeature.selectLaBars);
  readonly activityBars = this.store.selectSignal(costSummaryFeature.selectActivityBars);
  readonly costTypeBars = this.store.selectSignal(costSummaryFeature.selectCostTypeBars);
  readonly packageHref = packageHref;

  constructor() {
    // Each programme named in the address is loaded afresh (figures change as records do).
    effect(() => {
      const programmeId = this.programme();
      if (programmeId)
        untracked(() =>
          this.store.dispatch(CostSummaryPageActions.programmeChosen({ programmeId })),
        );
    });
    // None named: show the first, without adding a step to the browser's history.
    effect(() => {
      const first = this.programmes()[0];
      if (!this.programme() && first) untracked(() => this.choose(first.id, true));
    });
  }

  ngOnInit(): void {
    this.store.dispatch(CostSummaryPageActions.opened());
  }

  choose(programmeId: string, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { programme: programmeId },
      replaceUrl,
    });
  }
}
