import { valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { FAMILY_STATUSES } from '@attune/domain';
import { authFeature } from '../../../core/auth/auth.feature';
import { programmeLink } from '../../../core/programme/programme-urls';
import { FamiliesTable } from '../families-table/families-table';
import { PageStatus } from '../page-status';
import { ReferralSection } from '../referral-section/referral-section';
import { dispatchOnOpen, exportHref } from '../shared/request-state';
import { FamiliesPageActions } from './families.actions';
import { familiesFeature } from './families.feature';

/** Families by status or overdue (the filter lives in the address), referral, CSV. */
@Component({
  selector: 'att-families-page',
  imports: [FamiliesTable, ReferralSection, PageStatus, MatButtonModule],
  template: `
    <section class="page">
      <h1>Families</h1>
      <att-page-status [loadError]="loadError()" [loading]="loading()" />
      <form class="filters" (submit)="$event.preventDefault()">
        <label
          >Status
          <select
            [value]="filter().status ?? ''"
            (change)="refilter($any($event.target).value || null, filter().overdue)"
          >
            <option value="">Any</option>
            @for (s of statuses; track s) {
              <option [value]="s">{{ valueLabel(s) }}</option>
            }
          </select>
        </label>
        <label class="check"
          ><input
            type="checkbox"
            [checked]="filter().overdue"
            (change)="refilter(filter().status, $any($event.target).checked)"
          />
          Overdue only</label
        >
      </form>
      <att-families-table [families]="families()" [caption]="caption()" [linkTo]="linkTo()" />
      <p class="downloads">
        <a mat-stroked-button [href]="exportUrl()" download>Download this list (CSV)</a>
        <a mat-stroked-button [href]="sessionsUrl()" download data-testid="sessions-csv"
          >Download the family sessions (CSV)</a
        >
      </p>
      <att-referral-section [programmeId]="programmeId()" [askLa]="role() === 'admin'" />
    </section>
  `,
  styles: `
    .filters {
      display: flex;
      gap: 16px;
      align-items: end;
      margin-block: 8px;
    }
    label {
      display: grid;
      gap: 2px;
    }
    label.check {
      display: flex;
      gap: 6px;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FamiliesPage {
  readonly valueLabel = valueLabel;
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  /** From the address (`/p/:programmeId/families?status=&overdue=`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly status = input<string>();
  readonly overdue = input<string>();
  readonly filter = computed(() => ({
    status: this.status() || null,
    overdue: this.overdue() === 'true',
  }));
  readonly statuses = FAMILY_STATUSES;
  readonly families = this.store.selectSignal(familiesFeature.selectFamilies);
  readonly total = this.store.selectSignal(familiesFeature.selectTotal);
  readonly loading = this.store.selectSignal(familiesFeature.selectLoading);
  readonly loadError = this.store.selectSignal(familiesFeature.selectLoadError);
  readonly role = this.store.selectSignal(authFeature.selectRole);
  readonly linkTo = computed(() => programmeLink(this.programmeId(), 'families'));
  readonly exportUrl = computed(() =>
    exportHref(this.programmeId(), 'families/export', this.query()),
  );

  /** Every family session the caller may see (the export is scoped on the server). */
  readonly sessionsUrl = computed(() => exportHref(this.programmeId(), 'family-sessions.csv'));

  constructor() {
    dispatchOnOpen(() =>
      FamiliesPageActions.opened({ programmeId: this.programmeId(), filter: this.filter() }),
    );
  }

  caption(): string {
    const { status, overdue } = this.filter();
    const what = [status ? valueLabel(status) : null, overdue ? 'overdue' : null]
      .filter(Boolean)
      .join(', ');
    return `${this.total()} famil${this.total() === 1 ? 'y' : 'ies'}${what ? ` (${what})` : ''}`;
  }

  query(): string {
    const { status, overdue } = this.filter();
    return [status ? `status=${status}` : '', overdue ? 'overdue=true' : '']
      .filter(Boolean)
      .join('&');
  }

  /** The filter goes into the address (shareable, back button); the page reloads from it. */
  refilter(status: string | null, overdue: boolean): void {
    void this.router.navigate([], {
      queryParams: { status, overdue: overdue || null },
      queryParamsHandling: 'merge',
    });
  }
}
