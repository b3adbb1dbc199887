import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { OneWayItem } from '@attune/contract';
import { ChartDownload } from '../../../core/charts/chart-download/chart-download';
import { formatPounds } from '../money';
import { assumptionLabel, layoutTornado, TORNADO, valueLabel } from './tornado.model';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/**
 * The one-way sensitivity as a tornado chart (bars either side of the base total, widest first)
 * with the same figures in a table beside it. Presentational.
 */
@Component({
  selector: 'att-tornado-chart',
  imports: [ScrollRegion, ChartDownload],
  templateUrl: './tornado-chart.html',
  styleUrl: './tornado-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TornadoChart {
  readonly base = input.required<string>();
  readonly items = input.required<readonly OneWayItem[]>();

  readonly chart = TORNADO;
  readonly layout = computed(() => layoutTornado(this.base(), this.items(), assumptionLabel));
  readonly pounds = formatPounds;
  readonly valueLabel = valueLabel;
  readonly summary = computed(() => {
    const items = this.items();
    if (items.length === 0) return 'One-way sensitivity: nothing to chart.';
    const widest = items
      .slice(0, 3)
      .map((i) => `${assumptionLabel(i)} ${formatPounds(i.range)}`)
      .join('; ');
    return `One-way sensitivity around a base of ${formatPounds(this.base())}: tornado chart, ${items.length} assumptions, widest range first: ${widest}. The table beside it gives every figure.`;
  });
}
