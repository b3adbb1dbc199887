import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { programmeLink } from '../../../core/programme/programme-urls';
import { BarChart } from '../../cost-summary/bar-chart/bar-chart';
import { BarDatum } from '../../cost-summary/bar-chart/bar-chart.model';
import { chartValue, formatPounds } from '../../cost-summary/money';
import { CostSummary, ProgrammeView } from '../home.models';

/**
 * An economist's first question: what does the programme cost so far, and is
 * that figure complete? The total, the gaps (lines without a unit cost), the
 * total by local authority as a chart with its table, and the way to Costs.
 */
@Component({
  selector: 'att-costs-overview',
  imports: [BarChart, RouterLink],
  template: `
    <section aria-labelledby="costs-heading" data-testid="costs-overview">
      <h2 id="costs-heading">Costs of {{ programme().name }}</h2>
      <p data-testid="costs-total">
        Total {{ total() }} at {{ costs().priceYear }} prices (staff time {{ staffTime() }},
        resources {{ resources() }}).
      </p>
      <p data-testid="costs-completeness">
        @if (costs().complete) {
          Complete: every line has a unit cost.
        } @else {
          Incomplete: {{ gapText() }}; the figures total the costed lines only.
        }
      </p>
      <att-bar-chart
        title="Total cost by local authority"
        [bars]="bars()"
        labelHeader="Local authority"
        valueHeader="Total"
      />
      <p><a [routerLink]="costsLink()">Open Costs</a> for the whole summary and its ledger.</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostsOverview {
  readonly programme = input.required<ProgrammeView>();
  readonly costs = input.required<CostSummary>();

  readonly total = computed(() => formatPounds(this.costs().totals.total));
  readonly staffTime = computed(() => formatPounds(this.costs().totals.staffTime));
  readonly resources = computed(() => formatPounds(this.costs().totals.resources));
  readonly gapText = computed(() => {
    const n = this.costs().gaps.length;
    return n === 1 ? '1 gap' : `${n} gaps`;
  });
  readonly bars = computed<BarDatum[]>(() =>
    this.costs().byLocalAuthority.map((row) => ({
      label: row.code === 'programme' ? 'Programme-wide' : row.code,
      value: chartValue(row.total),
      display: formatPounds(row.total),
    })),
  );

  costsLink(): string[] {
    return programmeLink(this.programme().id, 'costs');
  }
}
