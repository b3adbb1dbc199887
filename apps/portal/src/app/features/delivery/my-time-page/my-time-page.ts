import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { deliveryWindow } from '@attune/domain';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { TimeEntryInput } from '../delivery.models';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, todayIso } from '../shared/request-state';
import { TimeForm } from '../time-form/time-form';
import { MyTimePageActions } from './my-time.actions';
import { myTimeFeature } from './my-time.feature';

/** A practitioner's own time records: log one, see the latest and the total. */
@Component({
  selector: 'att-my-time-page',
  imports: [TimeForm, PageStatus],
  template: `
    <section class="page">
      <h1>My time</h1>
      <att-page-status
        [message]="message()"
        [warnings]="warnings()"
        [saveError]="saveError()"
        [problems]="problems()"
        [loadError]="loadError()"
        [loading]="loading()"
      />
      <h2>Log time</h2>
      <att-time-form
        [today]="today"
        [window]="window()"
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
export default class MyTimePage {
  private readonly store = inject(Store);
  /** From the address (`/p/:programmeId/my-time`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly today = todayIso();
  private readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  /** The dates a record may carry: the domain's rule on the programme in the address. */
  readonly window = computed(() => {
    const p = this.programme();
    return p ? deliveryWindow(p, this.today) : null;
  });
  readonly entries = this.store.selectSignal(myTimeFeature.selectEntries);
  readonly hours = this.store.selectSignal(myTimeFeature.selectHours);
  readonly loading = this.store.selectSignal(myTimeFeature.selectLoading);
  readonly loadError = this.store.selectSignal(myTimeFeature.selectLoadError);
  readonly saving = this.store.selectSignal(myTimeFeature.selectSaving);
  readonly saveError = this.store.selectSignal(myTimeFeature.selectSaveError);
  readonly problems = this.store.selectSignal(myTimeFeature.selectProblems);
  readonly message = this.store.selectSignal(myTimeFeature.selectMessage);
  readonly warnings = this.store.selectSignal(myTimeFeature.selectWarnings);
  readonly saved = this.store.selectSignal(myTimeFeature.selectSaved);

  constructor() {
    dispatchOnOpen(() => MyTimePageActions.opened({ programmeId: this.programmeId() }));
  }

  log(entry: TimeEntryInput): void {
    this.store.dispatch(
      MyTimePageActions.timeSubmitted({ programmeId: this.programmeId(), entry }),
    );
  }
}
