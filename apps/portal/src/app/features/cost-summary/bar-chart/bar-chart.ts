import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { ChartDownload } from '../../../core/charts/chart-download/chart-download';
import { PhoneWidth } from '../../../core/layout/phone-width';
import {
  BarDatum,
  CHART,
  NARROW_CHART,
  barPitch,
  chartSummary,
  layoutBars,
} from './bar-chart.model';
import { ScrollRegion } from '../../../core/layout/scroll-region';

let nextId = 0;

/**
 * A horizontal bar chart with the same figures in a table below it: the
 * chart for those who would rather look, the table for those who would
 * rather read or use a screen reader. Presentational and reusable.
 */
@Component({
  selector: 'att-bar-chart',
  imports: [ScrollRegion, NgTemplateOutlet, ChartDownload],
  templateUrl: './bar-chart.html',
  styleUrl: './bar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  readonly title = input.required<string>();
  readonly bars = input.required<readonly BarDatum[]>();
  readonly labelHeader = input('Item');
  readonly valueHeader = input('Value');
  /** Headers of the table's extra columns (each bar's `details`), shown before the value. */
  readonly detailHeaders = input<readonly string[]>([]);

  /** What following a bar's link says, after the bar's label and figure (e.g. "show its ledger lines"). */
  readonly linkLabel = input('open');

  private readonly router = inject(Router);
  readonly id = `bar-chart-${nextId++}`;
  /** The downloaded file's name: the title in lower case, words joined by hyphens. */
  readonly filename = computed(() =>
    this.title()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );
  private readonly phone = inject(PhoneWidth).matches;
  /** Labels above the bars on a phone, beside them otherwise. */
  readonly chart = computed(() => (this.phone() ? NARROW_CHART : CHART));
  readonly summary = computed(() => chartSummary(this.title(), this.bars()));
  readonly layout = computed(() => layoutBars(this.bars(), this.chart()));
  readonly linked = computed(() => this.bars().some((bar) => bar.link));
  /** A bar's or row's link, followed inside the portal (a modified click opens a new tab as usual). */
  follow(event: MouseEvent | KeyboardEvent, link: string | undefined): void {
    if (
      !link ||
      ('button' in event && event.button !== 0) ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    void this.router.navigateByUrl(link);
  }

  readonly height = computed(() => {
    const shape = this.chart();
    const tallest = shape.labelAbove + shape.barHeight;
    return Math.max(tallest, this.bars().length * barPitch(shape) - shape.gap);
  });
}
