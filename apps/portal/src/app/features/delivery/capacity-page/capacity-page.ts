import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { CapacityTable } from '../capacity-table/capacity-table';
import { DeliveryPageBase } from '../delivery-page.base';
import { deliveryFeature } from '../delivery.feature';
import { DeliveryView } from '../delivery.models';
import { IntakeChart } from '../intake-chart/intake-chart';
import { PageStatus } from '../page-status';

/** The LA manager's dashboard: caseloads against the minimum, hours, overdue work, not proceeded, intake. */
@Component({
  selector: 'att-capacity-page',
  imports: [
    CapacityTable,
    IntakeChart,
    PageStatus,
    RouterLink,
    MatButtonModule,
    PercentPipe,
    DecimalPipe,
  ],
  template: `
    <section class="page">
      <h1>Capacity</h1>
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

      <h2>Practitioners and caseloads</h2>
      <p>
        {{ below() }} of {{ rows().length }} practitioners have fewer families than the minimum;
        {{ overdue() }} active families are overdue (no held session for over 14 days).
        <a routerLink="/families" [queryParams]="{ overdue: true }">See the overdue families</a>.
      </p>
      <att-capacity-table [rows]="rows()" />
      <p class="exports">
        @if (exportUrl('capacity/export'); as href) {
          <a mat-stroked-button [href]="href" download>Download capacity (CSV)</a>
        }
        @if (exportUrl('families/export', 'overdue=true'); as href) {
          <a mat-stroked-button [href]="href" download>Download overdue families (CSV)</a>
        }
      </p>

      <h2>Referrals that did not proceed</h2>
      @if (notProceeded(); as np) {
        <p data-testid="not-proceeded-rate">
          {{ np.notProceeded }} of {{ np.referred }} referrals did not proceed
          @if (np.rate !== null) {
            ({{ np.rate | percent: '1.0-1' }})
          }
          .
        </p>
        <table>
          <caption>
            Reasons referrals did not proceed
          </caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Families</th>
            </tr>
          </thead>
          <tbody>
            @for (r of np.reasons; track r.reason) {
              <tr>
                <th scope="row">{{ r.reason.replace('_', ' ').replace('_', ' ') }}</th>
                <td>{{ r.count | number }}</td>
              </tr>
            }
          </tbody>
        </table>
        @if (exportUrl('dashboard/not-proceeded/export'); as href) {
          <p>
            <a mat-stroked-button [href]="href" download>Download not-proceeded reasons (CSV)</a>
          </p>
        }
      }

      <h2>Intake over time</h2>
      @if (intake(); as i) {
        <att-intake-chart
          [months]="i.months"
          [intakeStart]="i.intakeStart"
          [intakeEnd]="i.intakeEnd"
        />
        @if (exportUrl('dashboard/intake/export'); as href) {
          <p><a mat-stroked-button [href]="href" download>Download intake (CSV)</a></p>
        }
      }
    </section>
  `,
  styles: `
    .exports {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
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
export default class CapacityPage extends DeliveryPageBase {
  readonly rows = this.store.selectSignal(deliveryFeature.selectCapacity);
  readonly notProceeded = this.store.selectSignal(deliveryFeature.selectNotProceeded);
  readonly intake = this.store.selectSignal(deliveryFeature.selectIntake);
  readonly below = computed(() => this.rows().filter((r) => r.belowMinimum).length);
  readonly overdue = computed(() => this.rows().reduce((n, r) => n + r.familiesOverdue, 0));

  protected view(): DeliveryView {
    return { kind: 'capacity' };
  }
}
