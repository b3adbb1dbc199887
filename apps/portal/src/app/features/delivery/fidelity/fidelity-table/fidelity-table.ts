import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FidelityTotals } from '@attune/contract';
import { ScrollRegion } from '../../../../core/layout/scroll-region';

export type FidelityRow = FidelityTotals & { code: string; laCode?: string };

/** Share of a group's families, as a whole percentage; a dash for none. */
export function share(count: number, families: number): string {
  return families === 0 ? '—' : `${Math.round((100 * count) / families)}%`;
}

/** Fidelity totals of a list of groups (LAs or practitioners), one row each. Presentational. */
@Component({
  selector: 'att-fidelity-table',
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
            <th scope="col">{{ codeHeader() }}</th>
            <th scope="col">Families allocated</th>
            <th scope="col">At least the minimum sessions</th>
            <th scope="col">All cycles completed</th>
            <th scope="col">Sessions in the model's order</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.code) {
            <tr>
              <th scope="row">{{ row.code }}</th>
              <td class="num">{{ row.families }}</td>
              <td class="num">
                {{ row.minimumSessions }} ({{ share(row.minimumSessions, row.families) }})
              </td>
              <td class="num">{{ row.allCycles }} ({{ share(row.allCycles, row.families) }})</td>
              <td class="num">{{ row.modelOrder }} ({{ share(row.modelOrder, row.families) }})</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">No allocated families.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      margin-bottom: 1.5rem;
    }
    th,
    td {
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FidelityTable {
  readonly caption = input.required<string>();
  readonly codeHeader = input('Code');
  readonly rows = input.required<readonly FidelityRow[]>();
  readonly share = share;
}
