import { valueHeading, vigWeek } from '@attune/domain';
import { duration } from '../../../core/format/words';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { programmeLink } from '../../../core/programme/programme-urls';
import { CapacityRow } from '../delivery.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { UkDatePipe } from '../../../core/format/uk-date';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/**
 * Practitioners against the minimum caseload and their hours: a row below the
 * minimum is marked in words and with an icon, not by colour alone.
 */
@Component({
  selector: 'att-capacity-table',
  imports: [ScrollRegion, RouterLink, UkDatePipe, CardsOnPhone],
  template: `
    <div attScrollRegion>
      <table class="capacity" attCardsOnPhone>
        <caption>
          Practitioners against the programme's minimum caseload ({{
            belowCount()
          }}
          below it)
        </caption>
        <thead>
          <tr>
            <th scope="col">Practitioner</th>
            <th scope="col">Status</th>
            <th scope="col">Families allocated</th>
            <th scope="col">Active</th>
            <th scope="col">Completed</th>
            <th scope="col">Not proceeded</th>
            <th scope="col">Overdue</th>
            <th scope="col">VIG hours a week (last 4 weeks / allotted)</th>
            <th scope="col">Sessions held</th>
            <th scope="col">Last session</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.code) {
            <tr
              [class.below-minimum]="row.belowMinimum"
              [attr.data-code]="row.code"
              [attr.data-below-minimum]="row.belowMinimum"
              [attr.data-status]="row.status"
            >
              <th scope="row">
                <a [routerLink]="link(row.code)">{{ row.code }}</a>
              </th>
              <td>{{ status(row.status) }}</td>
              <td>
                {{ row.familiesAllocated }}
                @if (row.belowMinimum) {
                  <span class="flag"><span aria-hidden="true">⚠ </span>Below minimum</span>
                }
              </td>
              <td>{{ row.familiesActive }}</td>
              <td>{{ row.familiesCompleted }}</td>
              <td>{{ row.familiesNotProceeded }}</td>
              <td>
                {{ row.familiesOverdue }}
                @if (row.familiesOverdue > 0) {
                  <span class="flag"><span aria-hidden="true">⏰ </span>overdue</span>
                }
              </td>
              <td>
                @let week = vigWeek(row);
                {{ duration(week.usedMinutes) }} / {{ duration(week.allottedMinutes) }}
                @if (week.atOrOver) {
                  <span class="flag">at or over</span>
                }
              </td>
              <td>{{ row.sessionsHeld }}</td>
              <td>{{ (row.lastSessionDate | ukDate) || 'none yet' }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="10">No practitioners to show.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    tr.below-minimum {
      background: var(--mat-sys-error-container, #fde7e9);
      border-left: 4px solid var(--mat-sys-error, #b3261e);
    }
    .flag {
      font-weight: 600;
      margin-inline-start: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityTable {
  link(code: string): string[] {
    return programmeLink(this.programmeId(), 'capacity', code);
  }

  readonly rows = input.required<readonly CapacityRow[]>();
  /** The programme the rows are of: each practitioner links to their page in it. */
  readonly programmeId = input.required<string>();
  readonly vigWeek = vigWeek;
  readonly duration = duration;
  readonly status = valueHeading;

  belowCount(): number {
    return this.rows().filter((r) => r.belowMinimum).length;
  }
}
