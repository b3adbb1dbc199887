import { valueHeading } from '@attune/domain';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MinutesByActivity, MonthReviewView } from '../delivery.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { ukMonth } from '../../../core/format/uk-date';
import { duration } from '../../../core/format/words';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** The columns shown: every activity that has minutes in the month, in the ledger's order. */
export function activeActivities(review: MonthReviewView): Array<keyof MinutesByActivity> {
  return (Object.keys(review.totals.minutesByActivity) as Array<keyof MinutesByActivity>).filter(
    (a) => review.totals.minutesByActivity[a] > 0,
  );
}

/** What a month's sign-off signs: each person's minutes by activity, sessions, and who is missing. */
@Component({
  selector: 'att-month-review-table',
  imports: [ScrollRegion, CardsOnPhone],
  template: `
    @let r = review();
    <div attScrollRegion>
      <table attCardsOnPhone>
        <caption>
          {{
            month()
          }}
          for
          {{
            r.laCode
          }}: time by person and activity, family sessions
        </caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            @for (a of activities(); track a) {
              <th scope="col">{{ heading(a) }}</th>
            }
            <th scope="col">Total time</th>
            <th scope="col">Sessions held</th>
            <th scope="col">Open families</th>
            <th scope="col">Missing</th>
          </tr>
        </thead>
        <tbody>
          @for (row of r.rows; track row.staffCode) {
            <tr [class.missing]="row.missing">
              <th scope="row">{{ row.staffCode }} {{ row.displayName }}</th>
              @for (a of activities(); track a) {
                <td>{{ duration(row.minutesByActivity[a]) }}</td>
              }
              <td>{{ duration(row.totalMinutes) }}</td>
              <td>{{ row.sessionsHeld }}</td>
              <td>{{ row.openFamilies }}</td>
              <td>{{ row.missing ? 'No session recorded' : '' }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            @for (a of activities(); track a) {
              <td>{{ duration(r.totals.minutesByActivity[a]) }}</td>
            }
            <td>{{ duration(r.totals.totalMinutes) }}</td>
            <td>{{ r.totals.sessionsHeld }}</td>
            <td></td>
            <td>{{ r.missing.length }}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    @if (r.missing.length) {
      <p role="note">
        Practitioners with open families and no session recorded in {{ month() }}:
        {{ r.missing.join(', ') }}.
      </p>
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
    tr.missing {
      font-weight: bold;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthReviewTable {
  readonly review = input.required<MonthReviewView>();
  readonly activities = computed(() => activeActivities(this.review()));
  readonly month = computed(() => ukMonth(this.review().month));
  /** Activity names as column headings, and minutes as `11 h 45 min`: the portal's one of each. */
  readonly heading = valueHeading;
  readonly duration = duration;
}
