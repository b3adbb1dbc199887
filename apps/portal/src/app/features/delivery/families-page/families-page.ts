import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { FAMILY_STATUSES } from '@attune/domain';
import { authFeature } from '../../../core/auth/auth.feature';
import { DeliveryPageActions } from '../delivery.actions';
import { DeliveryPageBase } from '../delivery-page.base';
import { deliveryFeature } from '../delivery.feature';
import { DeliveryView, Referral } from '../delivery.models';
import { FamiliesTable } from '../families-table/families-table';
import { PageStatus } from '../page-status';
import { ReferralForm } from '../referral-form/referral-form';

/** Families by status or overdue (the filter lives in the address), referral, CSV. */
@Component({
  selector: 'att-families-page',
  imports: [FamiliesTable, ReferralForm, PageStatus, MatButtonModule],
  template: `
    <section class="page">
      <h1>Families</h1>
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
      <form class="filters" (submit)="$event.preventDefault()">
        <label
          >Status
          <select
            [value]="status() ?? ''"
            (change)="filter($any($event.target).value || null, overdue())"
          >
            <option value="">Any</option>
            @for (s of statuses; track s) {
              <option [value]="s">{{ s.replace('_', ' ') }}</option>
            }
          </select>
        </label>
        <label class="check"
          ><input
            type="checkbox"
            [checked]="overdue()"
            (change)="filter(status(), $any($event.target).checked)"
          />
          Overdue only</label
        >
      </form>
      <att-families-table [families]="families()" [caption]="caption()" [linked]="true" />
      @if (exportUrl('families/export', query()); as href) {
        <p><a mat-stroked-button [href]="href" download>Download this list (CSV)</a></p>
      }
      <h2>Refer a family</h2>
      <att-referral-form
        [today]="today"
        [askLa]="role() === 'admin'"
        [busy]="saving()"
        [problems]="problems()"
        [saved]="saved()"
        (submitted)="refer($event)"
      />
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
export default class FamiliesPage extends DeliveryPageBase {
  private readonly router = inject(Router);
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;
  readonly status = signal(this.params.get('status'));
  readonly overdue = signal(this.params.get('overdue') === 'true');
  readonly statuses = FAMILY_STATUSES;
  readonly families = this.store.selectSignal(deliveryFeature.selectFamilies);
  readonly total = this.store.selectSignal(deliveryFeature.selectFamiliesTotal);
  readonly role = this.store.selectSignal(authFeature.selectRole);

  protected view(): DeliveryView {
    return { kind: 'families', status: this.status(), overdue: this.overdue() };
  }

  caption(): string {
    const what = [this.status()?.replace('_', ' '), this.overdue() ? 'overdue' : null]
      .filter(Boolean)
      .join(', ');
    return `${this.total()} famil${this.total() === 1 ? 'y' : 'ies'}${what ? ` (${what})` : ''}`;
  }

  query(): string {
    return [this.status() ? `status=${this.status()}` : '', this.overdue() ? 'overdue=true' : '']
      .filter(Boolean)
      .join('&');
  }

  /** The filter goes into the address (shareable, back button), and the page reloads its list. */
  filter(status: string | null, overdue: boolean): void {
    this.status.set(status);
    this.overdue.set(overdue);
    void this.router
      .navigate([], { queryParams: { status, overdue: overdue || null } })
      .then(() =>
        this.store.dispatch(
          DeliveryPageActions.opened({ view: { kind: 'families', status, overdue } }),
        ),
      );
  }

  refer(referral: Referral): void {
    this.store.dispatch(DeliveryPageActions.referralSubmitted({ referral }));
  }
}
