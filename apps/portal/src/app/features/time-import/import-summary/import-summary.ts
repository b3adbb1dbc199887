import { valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TimeImportResult } from '@attune/contract';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** What a file writes (or would): rows, minutes and cost by LA and activity, with the totals. */
@Component({
  selector: 'att-import-summary',
  imports: [ScrollRegion],
  template: `
    <div attScrollRegion>
      <table>
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Local authority</th>
            <th scope="col">Activity</th>
            <th scope="col" class="number">Rows</th>
            <th scope="col" class="number">Minutes</th>
            <th scope="col" class="number">Cost (£)</th>
          </tr>
        </thead>
        <tbody>
          @for (c of result().byLaAndActivity; track c.laCode + c.activity) {
            <tr>
              <td>{{ c.laCode === 'programme' ? 'Programme-wide' : c.laCode }}</td>
              <td>{{ valueLabel(c.activity) }}</td>
              <td class="number">{{ c.rows }}</td>
              <td class="number">{{ c.minutes }}</td>
              <td class="number">{{ c.cost }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">Total</th>
            <td class="number">{{ result().rows }}</td>
            <td class="number">{{ result().minutes }}</td>
            <td class="number">{{ result().cost }}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    @if (result().gaps.length > 0) {
      <p>
        {{ uncosted() }} minutes have no unit cost for their role and date and are not in the cost.
      </p>
    }
    @if (result().warningCount > 0) {
      <p>{{ result().warningCount }} row(s) may already be counted from a session:</p>
      <ul>
        @for (w of result().warnings; track $index) {
          <li>{{ w }}</li>
        }
      </ul>
    }
  `,
  styles: `
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 2px 8px;
      text-align: left;
    }
    .number {
      text-align: right;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportSummary {
  readonly valueLabel = valueLabel;
  readonly result = input.required<TimeImportResult>();
  readonly caption = computed(() =>
    this.result().dryRun
      ? 'What the import would write, by local authority and activity (nothing is written yet)'
      : 'What the import wrote, by local authority and activity',
  );
  readonly uncosted = computed(() => this.result().gaps.reduce((sum, g) => sum + g.minutes, 0));
}
