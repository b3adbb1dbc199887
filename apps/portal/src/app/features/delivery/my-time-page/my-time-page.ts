import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { DeliveryPageActions } from '../delivery.actions';
import { DeliveryPageBase } from '../delivery-page.base';
import { deliveryFeature } from '../delivery.feature';
import { DeliveryView, TimeEntryInput } from '../delivery.models';
import { PageStatus } from '../page-status';
import { TimeForm } from '../time-form/time-form';

/** A practitioner's own time records: log one, see the latest and the total. */
@Component({
  selector: 'att-my-time-page',
  imports: [TimeForm, PageStatus],
  template: `
    <section class="page">
      <h1>My time</h1>
      <att-page-status
        [programmes]="programmes()"
        [programmeId]="programmeId()"
        [message]="message()"
        [warnings]="warnings()"
        [saveError]="saveError()"
        [problems]="problems()"
        [loadError]="loadError()"
        [loading]="loading()"
        (chosen)="choose($event)"
      />
      <h2>Log time</h2>
      <att-time-form
        [today]="today"
        [busy]="saving()"
        [problems]="problems()"
        [saved]="saved()"
        (submitted)="log($event)"
      />
      <h2>Time recorded</h2>
      <p>{{ hours() }} hours in all.</p>
      <table>
        <caption class="visually-hidden">
          Your time records, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Activity</th>
            <th scope="col">Minutes</th>
            <th scope="col">Family</th>
            <th scope="col">Signed off</th>
          </tr>
        </thead>
        <tbody>
          @for (e of entries(); track e.id) {
            <tr>
              <td>{{ e.date }}</td>
              <td>{{ e.activity.replace('_', ' ') }}</td>
              <td>{{ e.minutes }}</td>
              <td>{{ e.familyReference ?? '—' }}</td>
              <td>{{ e.locked ? 'Yes (read-only)' : 'No' }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">No time recorded yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </section>
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MyTimePage extends DeliveryPageBase {
  readonly entries = this.store.selectSignal(deliveryFeature.selectTimeEntries);
  readonly totalMinutes = this.store.selectSignal(deliveryFeature.selectTotalMinutes);
  readonly hours = computed(() => (this.totalMinutes() / 60).toFixed(1));

  protected view(): DeliveryView {
    return { kind: 'my-time' };
  }

  log(entry: TimeEntryInput): void {
    this.store.dispatch(DeliveryPageActions.timeSubmitted({ entry }));
  }
}
