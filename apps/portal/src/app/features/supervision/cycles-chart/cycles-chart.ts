import { ChartDownload } from '../../../core/charts/chart-download/chart-download';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { cyclesChart } from '../cycles-chart.geometry';
import { ukDate, UkDatePipe } from '../../../core/format/uk-date';

let nextId = 0;

/** Cumulative completed cycles over time, as an SVG with a title, a description and a list alternative. */
@Component({
  selector: 'att-cycles-chart',
  imports: [ChartDownload, UkDatePipe],
  templateUrl: './cycles-chart.html',
  styleUrl: './cycles-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CyclesChart {
  readonly code = input.required<string>();
  readonly completions = input.required<readonly string[]>();
  readonly from = input.required<string>();
  readonly to = input.required<string>();
  /** Cycles needed by the end of the current stage. */
  readonly target = input(0);

  readonly id = `cycles-chart-${nextId++}`;
  readonly geometry = computed(() =>
    cyclesChart(this.completions(), this.from(), this.to(), this.target()),
  );
  readonly summary = computed(() => {
    const count = this.completions().length;
    const needed = this.target() > 0 ? `; ${this.target()} needed by the end of this stage` : '';
    if (count === 0)
      return `No cycles completed between ${ukDate(this.from())} and ${ukDate(this.to())}${needed}.`;
    const sorted = [...this.completions()].sort();
    return `${count} cycle${count === 1 ? '' : 's'} completed, the first on ${ukDate(sorted[0])} and the latest on ${ukDate(sorted[count - 1])}${needed}.`;
  });
}
