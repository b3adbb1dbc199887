import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { DeliveryPageActions } from '../delivery.actions';
import { DeliveryPageBase } from '../delivery-page.base';
import { deliveryFeature } from '../delivery.feature';
import { DeliveryView, SessionInput } from '../delivery.models';
import { FamiliesTable } from '../families-table/families-table';
import { PageStatus } from '../page-status';
import { SessionForm } from '../session-form/session-form';

/** A practitioner's own families (the API returns no others), logging a session, recent sessions. */
@Component({
  selector: 'att-my-families-page',
  imports: [FamiliesTable, SessionForm, PageStatus],
  template: `
    <section class="page">
      <h1>My families</h1>
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
      @if (overdueCount() > 0) {
        <p class="warning">
          <span aria-hidden="true">⏰ </span>{{ overdueCount() }} of your active families are
          overdue: no held session for over 14 days.
        </p>
      }
      <att-families-table [families]="families()" caption="Families allocated to you" />

      <h2>Log a session</h2>
      <att-session-form
        [families]="workable()"
        [today]="today"
        [busy]="saving()"
        [problems]="problems()"
        [saved]="saved()"
        (submitted)="log($event)"
      />

      <h2>Recent sessions</h2>
      <table>
        <caption class="visually-hidden">
          Your most recent sessions
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Family</th>
            <th scope="col">Type</th>
            <th scope="col">Outcome</th>
            <th scope="col">Minutes (contact / travel / prep)</th>
            <th scope="col">Signed off</th>
          </tr>
        </thead>
        <tbody>
          @for (s of sessions(); track s.id) {
            <tr>
              <td>{{ s.date }}</td>
              <td>{{ s.familyReference }}</td>
              <td>{{ s.type.replace('_', ' ') }}{{ s.cycle ? ' (cycle ' + s.cycle + ')' : '' }}</td>
              <td>{{ s.outcome.replace(/_/g, ' ') }}</td>
              <td>{{ s.contactMinutes }} / {{ s.travelMinutes }} / {{ s.prepMinutes }}</td>
              <td>{{ s.locked ? 'Yes (read-only)' : 'No' }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="6">No sessions logged yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </section>
  `,
  styles: `
    .warning {
      font-weight: 600;
    }
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
export default class MyFamiliesPage extends DeliveryPageBase {
  readonly families = this.store.selectSignal(deliveryFeature.selectFamilies);
  readonly sessions = this.store.selectSignal(deliveryFeature.selectSessions);
  readonly overdueCount = computed(() => this.families().filter((f) => f.overdue).length);
  /** Sessions are logged for families that have been allocated (active ones first). */
  readonly workable = computed(() =>
    [...this.families()]
      .filter((f) => f.practitionerCode !== null)
      .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active')),
  );

  protected view(): DeliveryView {
    return { kind: 'my-families' };
  }

  log(session: SessionInput): void {
    this.store.dispatch(DeliveryPageActions.sessionSubmitted({ session }));
  }
}
