import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TeamMember, hoursAndMinutes } from '../shared/week';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** The team's minutes for the week shown, one row a person; choosing one records their time. */
@Component({
  selector: 'att-team-week-table',
  imports: [ScrollRegion, MatButtonModule],
  template: `
    <div attScrollRegion>
      <table data-testid="team-week">
        <caption class="visually-hidden">
          Minutes recorded this week by each member of the team
        </caption>
        <thead>
          <tr>
            <th scope="col">Staff member</th>
            <th scope="col">Minutes this week</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (r of view(); track r.code) {
            <tr [class.chosen]="r.code === chosen()" [attr.data-code]="r.code">
              <th scope="row">{{ r.code }}{{ r.name ? ' · ' + r.name : '' }}</th>
              <td>{{ r.minutes }} ({{ r.text }})</td>
              <td>
                <button
                  mat-button
                  type="button"
                  [attr.aria-pressed]="r.code === chosen()"
                  (click)="choose.emit(r.code)"
                >
                  Record time<span class="visually-hidden"> for {{ r.code }}</span>
                </button>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="3">No staff or practitioners in this local authority.</td>
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
    }
    .chosen {
      outline: 2px solid currentColor;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamWeekTable {
  readonly rows = input.required<readonly (TeamMember & { minutes: number })[]>();
  readonly chosen = input<string | null>(null);
  readonly choose = output<string>();
  readonly view = computed(() =>
    this.rows().map((r) => ({ ...r, text: hoursAndMinutes(r.minutes) })),
  );
}
