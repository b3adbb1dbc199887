import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TimeImportRefusal } from '@attune/contract';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** Why a file was refused: every problem listed (up to the server's cap) by line, column and problem. */
@Component({
  selector: 'att-import-problems',
  imports: [ScrollRegion],
  template: `
    <div attScrollRegion>
      <table>
        <caption>
          Problems in
          {{
            fileName()
          }}:
          {{
            refusal().total
          }}
          in all{{
            capped() ? ', the first ' + refusal().errors.length + ' listed' : ''
          }}. Correct them and load the file again; nothing was written.
        </caption>
        <thead>
          <tr>
            <th scope="col">Line (row)</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          @for (e of refusal().errors; track $index) {
            <tr>
              <td>{{ e.line }}</td>
              <td>{{ e.column || '—' }}</td>
              <td>{{ e.problem }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 2px 8px;
      text-align: left;
      vertical-align: top;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportProblems {
  readonly refusal = input.required<TimeImportRefusal>();
  readonly fileName = input('');
  readonly capped = computed(() => this.refusal().total > this.refusal().errors.length);
}
