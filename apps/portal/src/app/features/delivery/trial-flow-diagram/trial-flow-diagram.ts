import { ChartDownload } from '../../../core/charts/chart-download/chart-download';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TrialFlowCounts } from '../delivery.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { UkDatePipe } from '../../../core/format/uk-date';

interface Box {
  id: string;
  label: string;
  count: number;
  x: number;
  y: number;
}

const W = 170;
const H = 46;

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * The CONSORT flow as an SVG diagram, with the same figures in a table (the
 * diagram is hidden from screen readers, which read the table and a summary).
 */
@Component({
  selector: 'att-trial-flow-diagram',
  imports: [ScrollRegion, ChartDownload, UkDatePipe],
  template: `
    <p id="flow-summary" data-testid="flow-summary">{{ summary() }}</p>
    <svg
      #svg
      [attr.viewBox]="'0 0 560 400'"
      width="560"
      height="400"
      aria-hidden="true"
      focusable="false"
      data-testid="flow-diagram"
    >
      @for (b of boxes(); track b.id) {
        <g [attr.data-box]="b.id">
          <rect [attr.x]="b.x" [attr.y]="b.y" [attr.width]="w" [attr.height]="h" rx="4" />
          <text [attr.x]="b.x + w / 2" [attr.y]="b.y + 19" text-anchor="middle">{{ b.label }}</text>
          <text [attr.x]="b.x + w / 2" [attr.y]="b.y + 37" text-anchor="middle" class="n">
            {{ b.count }}
          </text>
        </g>
      }
      @for (l of lines; track $index) {
        <line [attr.x1]="l[0]" [attr.y1]="l[1]" [attr.x2]="l[2]" [attr.y2]="l[3]" />
      }
    </svg>
    <att-chart-download [chart]="svg" filename="trial-flow" label="the trial flow diagram" />
    <div attScrollRegion>
      <table data-testid="flow-table">
        <caption>
          Trial flow as of
          {{
            asOf() | ukDate
          }}{{
            label() ? ' (' + label() + ')' : ''
          }}
        </caption>
        <tbody>
          @for (b of boxes(); track b.id) {
            <tr>
              <th scope="row">{{ b.label }}</th>
              <td>{{ b.count }}</td>
            </tr>
          }
          <tr>
            <th scope="row">Drop-out rate (randomised families withdrawn or not proceeding)</th>
            <td>{{ percent(counts().dropOut.rate) }}</td>
          </tr>
          <tr>
            <th scope="row">Share needing translation or support</th>
            <td>{{ percent(counts().needingSupport.rate) }}</td>
          </tr>
        </tbody>
      </table>
    </div>
  `,
  styles: `
    svg rect {
      fill: #fff;
      stroke: #333;
    }
    svg line {
      stroke: #333;
    }
    svg text {
      font-size: 12px;
    }
    svg .n {
      font-weight: 700;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 2px 12px 2px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrialFlowDiagram {
  readonly counts = input.required<TrialFlowCounts>();
  readonly asOf = input.required<string>();
  readonly label = input<string>('');
  readonly w = W;
  readonly h = H;
  readonly lines: ReadonlyArray<readonly [number, number, number, number]> = [
    [280, 46, 280, 80],
    [280, 126, 95, 160],
    [280, 126, 280, 160],
    [280, 126, 465, 160],
    [95, 206, 95, 240],
    [95, 286, 95, 320],
  ];

  readonly boxes = computed<Box[]>(() => {
    const c = this.counts();
    return [
      { id: 'referred', label: 'Referred', count: c.referred, x: 195, y: 0 },
      { id: 'ineligible', label: 'Ineligible (refused)', count: sum(c.ineligible), x: 385, y: 0 },
      { id: 'not-proceeded', label: 'Did not proceed', count: sum(c.notProceeded), x: 385, y: 80 },
      {
        id: 'randomised',
        label: 'Randomised',
        count: c.randomised.intervention + c.randomised.control,
        x: 195,
        y: 80,
      },
      {
        id: 'intervention',
        label: 'Intervention',
        count: c.randomised.intervention,
        x: 10,
        y: 160,
      },
      { id: 'control', label: 'Control', count: c.randomised.control, x: 195, y: 160 },
      {
        id: 'not-randomised',
        label: 'Not randomised (outside)',
        count: c.notRandomised,
        x: 380,
        y: 160,
      },
      { id: 'allocated', label: 'Allocated', count: c.allocated, x: 10, y: 240 },
      { id: 'completed', label: 'Completed', count: c.completed, x: 10, y: 320 },
      { id: 'started', label: 'Started', count: c.started, x: 195, y: 240 },
      { id: 'withdrawn', label: 'Withdrawn', count: sum(c.withdrawn), x: 195, y: 320 },
      {
        id: 'follow-up',
        label: '4-month follow-up done',
        count: c.followUp4mCompleted,
        x: 380,
        y: 240,
      },
      {
        id: 'outcome',
        label: '6-month outcome recorded',
        count: c.outcome6mRecorded,
        x: 380,
        y: 320,
      },
    ];
  });

  readonly summary = computed(() => {
    const c = this.counts();
    return `${c.referred} referred; ${c.randomised.intervention} randomised to intervention and ${c.randomised.control} to control; ${c.notRandomised} allocated outside the trial; ${c.completed} completed.`;
  });

  percent(rate: string | null): string {
    if (rate === null) return 'none yet';
    const [whole, frac = '0000'] = rate.split('.');
    const hundredths = Number(whole) * 10000 + Number(frac);
    return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
  }
}
