import { ChartDownload } from '../../../core/charts/chart-download/chart-download';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { IntakeMonth } from '../delivery.models';
import { intakeChart, intakeSummary } from '../intake-chart.geometry';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { UkMonthPipe } from '../../../core/format/uk-date';

let nextId = 0;

/** Referrals and randomisations a month against the intake window: SVG with a title, a summary and a table alternative. */
@Component({
  selector: 'att-intake-chart',
  imports: [ScrollRegion, ChartDownload, UkMonthPipe],
  template: `
    <figure class="chart">
      <svg
        #svg
        [attr.viewBox]="'0 0 ' + g().width + ' ' + g().height"
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        focusable="false"
      >
        <title [attr.id]="id + '-title'">Intake over time against the intake window</title>
        <desc [attr.id]="id + '-desc'">{{ summary() }}</desc>
        @if (g().window; as w) {
          <rect
            class="window"
            [attr.x]="w.x"
            y="0"
            [attr.width]="w.width"
            [attr.height]="g().baseline"
          />
        }
        @for (tick of g().yTicks; track tick.value) {
          <line
            class="grid"
            x1="36"
            [attr.x2]="g().width - 8"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
          <text class="tick" x="32" [attr.y]="tick.y + 3" text-anchor="end">{{ tick.value }}</text>
        }
        @for (bar of g().bars; track bar.month) {
          <rect
            class="referred"
            [attr.x]="bar.referred.x"
            [attr.y]="bar.referred.y"
            [attr.width]="g().barWidth"
            [attr.height]="bar.referred.height"
          />
          <rect
            class="randomised"
            [attr.x]="bar.randomised.x"
            [attr.y]="bar.randomised.y"
            [attr.width]="g().barWidth"
            [attr.height]="bar.randomised.height"
          />
        }
        @for (label of g().xLabels; track label.text) {
          <text class="tick" [attr.x]="label.x" [attr.y]="g().height - 6" text-anchor="middle">
            {{ label.text }}
          </text>
        }
      </svg>
      <att-chart-download [chart]="svg" filename="intake" label="the intake chart" />
      <figcaption>
        <p>{{ summary() }}</p>
        <p class="legend">
          <span class="key referred" aria-hidden="true"></span> Referred (solid)
          <span class="key randomised" aria-hidden="true"></span> Randomised (hatched)
          <span class="key window" aria-hidden="true"></span> Intake window (shaded)
        </p>
        <details>
          <summary>Intake as a table</summary>
          <div attScrollRegion>
            <table>
              <caption class="visually-hidden">
                Referrals and randomisations by month
              </caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Referred</th>
                  <th scope="col">Randomised</th>
                  <th scope="col">In the intake window</th>
                </tr>
              </thead>
              <tbody>
                @for (m of months(); track m.month) {
                  <tr>
                    <th scope="row">{{ m.month | ukMonth }}</th>
                    <td>{{ m.referred }}</td>
                    <td>{{ m.randomised }}</td>
                    <td>{{ m.inWindow ? 'Yes' : 'No' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  `,
  styles: `
    svg {
      width: 100%;
      max-width: 640px;
      height: auto;
    }
    .window {
      fill: var(--mat-sys-surface-container-high, #e8e8ef);
    }
    .grid {
      stroke: var(--mat-sys-outline-variant, #ccc);
      stroke-width: 0.5;
    }
    .tick {
      font-size: 9px;
      fill: var(--mat-sys-on-surface, #222);
    }
    .referred {
      fill: var(--mat-sys-primary, #3f51b5);
    }
    .randomised {
      fill: var(--mat-sys-tertiary, #7b5800);
      fill-opacity: 0.6;
      stroke: var(--mat-sys-tertiary, #7b5800);
      stroke-dasharray: 2 1;
    }
    .key {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-inline: 8px 4px;
      vertical-align: middle;
    }
    .key.referred {
      background: var(--mat-sys-primary, #3f51b5);
    }
    .key.randomised {
      background: var(--mat-sys-tertiary, #7b5800);
      opacity: 0.6;
      border: 1px dashed;
    }
    .key.window {
      background: var(--mat-sys-surface-container-high, #e8e8ef);
      border: 1px solid #999;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 2px 8px;
      text-align: right;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakeChart {
  readonly months = input.required<readonly IntakeMonth[]>();
  readonly intakeStart = input.required<string>();
  readonly intakeEnd = input.required<string>();

  readonly id = `intake-chart-${nextId++}`;
  readonly g = computed(() => intakeChart(this.months()));
  readonly summary = computed(() =>
    intakeSummary(this.months(), this.intakeStart(), this.intakeEnd()),
  );
}
