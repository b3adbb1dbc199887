import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { DeliveryPageBase } from '../delivery-page.base';
import { deliveryFeature } from '../delivery.feature';
import { DeliveryView, hoursPerWeekUsed } from '../delivery.models';
import { FamiliesTable } from '../families-table/families-table';
import { PageStatus } from '../page-status';

/** One practitioner: caseload against the minimum, hours, their families and overdue work. */
@Component({
  selector: 'att-practitioner-page',
  imports: [FamiliesTable, PageStatus, RouterLink, MatButtonModule],
  template: `
    <section class="page">
      <p><a routerLink="/capacity">← Capacity</a></p>
      <h1>Practitioner {{ code }}</h1>
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
            {{ used(r) }} VIG hours a week over the last 4 weeks, of
            {{ r.vigHoursPerWeek }} allotted
          </li>
          <li>
            {{ r.sessionsHeld }} sessions held; last on {{ r.lastSessionDate ?? 'no date yet' }}
          </li>
        </ul>
      } @else if (!loading()) {
        <p>No capacity figures for {{ code }}.</p>
      }

      <h2>Overdue work</h2>
      @if (overdue().length > 0) {
        <ul data-testid="overdue-work">
          @for (f of overdue(); track f.reference) {
            <li>
              {{ f.reference }}: no held session since
              {{ f.lastHeldSessionDate ?? f.statusDate ?? f.referralDate }}
            </li>
          }
        </ul>
      } @else {
        <p data-testid="overdue-work">No overdue families.</p>
      }

      <h2>Families</h2>
      <att-families-table
        [families]="families()"
        [caption]="'Families of ' + code"
        [linked]="true"
      />
      @if (exportUrl('families/export', 'practitionerCode=' + code); as href) {
        <p><a mat-stroked-button [href]="href" download>Download these families (CSV)</a></p>
      }
    </section>
  `,
  styles: `
    .flag {
      margin-inline-start: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PractitionerPage extends DeliveryPageBase {
  readonly code = inject(ActivatedRoute).snapshot.paramMap.get('code') ?? '';
  readonly row = this.store.selectSignal(deliveryFeature.selectPractitioner);
  readonly families = this.store.selectSignal(deliveryFeature.selectFamilies);
  readonly overdue = computed(() => this.families().filter((f) => f.overdue));
  readonly used = hoursPerWeekUsed;

  protected view(): DeliveryView {
    return { kind: 'practitioner', code: this.code };
  }
}
