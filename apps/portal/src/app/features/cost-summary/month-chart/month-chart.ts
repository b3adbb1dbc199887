import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { formatPounds } from '../money';
import {
  areaPath,
  layoutMonths,
  linePath,
  MONTH_CHART,
  monthLabel,
  monthSummary,
  MonthPoint,
} from './month-chart.model';
import { ChartDownload } from '../../../core/charts/chart-download/chart-download';
import { ScrollRegion } from '../../../core/layout/scroll-region';

let nextId = 0;

/**
 * Cumulative cost by month as an area chart, with every month in a table
 * beside it; each month's point and row lead to that month's ledger lines.
 */
@Component({
  selector: 'att-month-chart',
  imports: [ScrollRegion, ChartDownload],
  templateUrl: './month-chart.html',
  styleUrl: './month-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthChart {
  readonly title = input.required<string>();
  readonly points = input.required<readonly MonthPoint[]>();

  private readonly router = inject(Router);
  readonly id = `month-chart-${nextId++}`;
  readonly chart = MONTH_CHART;
  readonly layout = computed(() => layoutMonths(this.points()));
  readonly area = computed(() => areaPath(this.layout()));
  readonly line = computed(() => linePath(this.layout()));
  readonly summary = computed(() => monthSummary(this.title(), this.points()));
  readonly baseline = MONTH_CHART.height - MONTH_CHART.bottom;
  readonly pounds = formatPounds;
  readonly monthLabel = monthLabel;

  follow(event: MouseEvent, link: string | undefined): void {
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void this.router.navigateByUrl(link);
  }
}
