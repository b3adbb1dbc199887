import { LabelPipe, partOf, plural } from '../../../core/format/words';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { programmeLink } from '../../../core/programme/programme-urls';
import { CapacityTable } from '../capacity-table/capacity-table';
import { IntakeChart } from '../intake-chart/intake-chart';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, exportHref } from '../shared/request-state';
import { CapacityPageActions } from './capacity.actions';
import { capacityFeature } from './capacity.feature';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** The LA manager's dashboard: caseloads against the minimum, hours, overdue work, not proceeded, intake. */
@Component({
  selector: 'att-capacity-page',
  imports: [
    ScrollRegion,
    LabelPipe,
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
      <att-page-status [loadError]="loadError()" [loading]="loading()" />

      <h2>Practitioners and caseloads</h2>
      <p>
        {{ partOf(below(), rows().length, 'practitioner', ['has', 'have']) }} fewer families than
        the minimum; {{ overdueText() }} (no held session for over 14 days).
        <a [routerLink]="link('families')" [queryParams]="{ overdue: true }"
          >See the overdue families</a
        >.
      </p>
      <att-capacity-table [rows]="rows()" [programmeId]="programmeId()" />
      <p class="exports">
        <a mat-stroked-button [href]="exportUrl('capacity/export')" download
          >Download capacity (CSV)</a
        >
        <a mat-stroked-button [href]="exportUrl('families/export', 'overdue=true')" download
          >Download overdue families (CSV)</a
        >
      </p>

      <h2>Referrals that did not proceed</h2>
      @if (notProceeded(); as np) {
        <p data-testid="not-proceeded-rate">
          <!-- One expression, so no space falls before the full stop. -->
          {{ np.notProceeded }} of {{ np.referred }} referrals did not proceed{{
            np.rate !== null ? ' (' + (np.rate | percent: '1.0-1') + ')' : ''
          }}.
        </p>
        <div attScrollRegion>
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
                  <th scope="row">{{ r.reason | label }}</th>
                  <td>{{ r.count | number }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p>
          <a mat-stroked-button [href]="exportUrl('dashboard/not-proceeded/export')" download
            >Download not-proceeded reasons (CSV)</a
          >
        </p>
      }

      <h2>Intake over time</h2>
      @if (intake(); as i) {
        <att-intake-chart
          [months]="i.months"
          [intakeStart]="i.intakeStart"
          [intakeEnd]="i.intakeEnd"
        />
        <p>
          <a mat-stroked-button [href]="exportUrl('dashboard/intake/export')" download
            >Download intake (CSV)</a
          >
        </p>
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
export default class CapacityPage {
  private readonly store = inject(Store);
  /** The programme of the address (`/p/:programmeId/capacity`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly loading = this.store.selectSignal(capacityFeature.selectLoading);
  readonly loadError = this.store.selectSignal(capacityFeature.selectLoadError);
  readonly rows = this.store.selectSignal(capacityFeature.selectRows);
  readonly notProceeded = this.store.selectSignal(capacityFeature.selectNotProceeded);
  readonly intake = this.store.selectSignal(capacityFeature.selectIntake);
  readonly below = this.store.selectSignal(capacityFeature.selectBelowMinimum);
  readonly partOf = partOf;
  readonly overdue = this.store.selectSignal(capacityFeature.selectOverdue);
  readonly overdueText = computed(
    () =>
      `${plural(this.overdue(), 'active family', 'active families')} ${this.overdue() === 1 ? 'is' : 'are'} overdue`,
  );

  constructor() {
    dispatchOnOpen(() => CapacityPageActions.opened({ programmeId: this.programmeId() }));
  }

  link(page: string): string[] {
    return programmeLink(this.programmeId(), page);
  }

  exportUrl(path: string, query = ''): string {
    return exportHref(this.programmeId(), path, query);
  }
}
