import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { programmeLink } from '../../../core/programme/programme-urls';
import { vigWeek } from '@attune/domain';
import { duration } from '../../../core/format/words';
import { FamiliesTable } from '../families-table/families-table';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, exportHref } from '../shared/request-state';
import { PractitionerPageActions } from './practitioner.actions';
import { practitionerFeature } from './practitioner.feature';
import { UkDatePipe } from '../../../core/format/uk-date';

/** One practitioner: caseload against the minimum, hours, their families and overdue work. */
@Component({
  selector: 'att-practitioner-page',
  imports: [FamiliesTable, PageStatus, RouterLink, MatButtonModule, UkDatePipe],
  template: `
    <section class="page">
      <p><a [routerLink]="capacityLink()">← Capacity</a></p>
      <h1>Practitioner {{ code() }}</h1>
      <att-page-status [loadError]="loadError()" [loading]="loading()" />
      @if (row(); as r) {
        <ul class="summary">
          <li data-testid="caseload">
            {{ r.familiesAllocated }} families allocated
            @if (r.belowMinimum) {
              <strong class="flag"
                ><span aria-hidden="true">⚠ </span>Below the programme's minimum caseload</strong
              >
            }
          </li>
          <li>
            {{ r.familiesActive }} active, {{ r.familiesCompleted }} completed,
            {{ r.familiesNotProceeded }} did not proceed
          </li>
          <li>
            @let week = vigWeek(r);
            {{ duration(week.usedMinutes) }} of VIG a week over the last 4 weeks, of
            {{ duration(week.allottedMinutes) }} allotted
          </li>
          <li>
            {{ r.sessionsHeld }} sessions held; last on
            {{ (r.lastSessionDate | ukDate) || 'no date yet' }}
          </li>
        </ul>
      } @else if (!loading()) {
        <p>No capacity figures for {{ code() }}.</p>
      }

      <h2>Overdue work</h2>
      @if (overdue().length > 0) {
        <ul data-testid="overdue-work">
          @for (f of overdue(); track f.reference) {
            <li>
              {{ f.reference }}: no held session since
              {{ f.lastHeldSessionDate ?? f.statusDate ?? f.referralDate | ukDate }}
            </li>
          }
        </ul>
      } @else {
        <p data-testid="overdue-work">No overdue families.</p>
      }

      <h2>Families</h2>
      <att-families-table
        [families]="families()"
        [caption]="'Families of ' + code()"
        [linkTo]="familiesLink()"
      />
      <p>
        <a mat-stroked-button [href]="exportUrl()" download>Download these families (CSV)</a>
      </p>
    </section>
  `,
  styles: `
    .flag {
      margin-inline-start: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PractitionerPage {
  private readonly store = inject(Store);
  /** From the address (`/p/:programmeId/capacity/:code`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly code = input.required<string>();
  readonly loading = this.store.selectSignal(practitionerFeature.selectLoading);
  readonly loadError = this.store.selectSignal(practitionerFeature.selectLoadError);
  readonly row = this.store.selectSignal(practitionerFeature.selectRow);
  readonly families = this.store.selectSignal(practitionerFeature.selectFamilies);
  readonly overdue = this.store.selectSignal(practitionerFeature.selectOverdue);
  readonly vigWeek = vigWeek;
  readonly duration = duration;
  readonly capacityLink = computed(() => programmeLink(this.programmeId(), 'capacity'));
  readonly familiesLink = computed(() => programmeLink(this.programmeId(), 'families'));
  readonly exportUrl = computed(() =>
    exportHref(
      this.programmeId(),
      'families/export',
      `practitionerCode=${encodeURIComponent(this.code())}`,
    ),
  );

  constructor() {
    dispatchOnOpen(() =>
      PractitionerPageActions.opened({ programmeId: this.programmeId(), code: this.code() }),
    );
  }
}
