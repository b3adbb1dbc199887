import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatMinutes, formatPounds } from '../../cost-summary/money';
import { LedgerFilterForm } from '../ledger-filter-form/ledger-filter-form';
import { LedgerPageActions } from '../ledger.actions';
import { ledgerFeature } from '../ledger.feature';
import { LedgerFilterText } from '../ledger.models';
import { parseLedgerQuery, toQueryParams } from '../ledger-query';
import { LedgerTable } from '../ledger-table/ledger-table';

/**
 * The ledger lines behind a figure (`/p/:programmeId/ledger?laCode=LA1`). The
 * address holds the filter and the page, so a figure's link, a reload or a
 * shared address open the same lines; the totals cover the whole filter.
 */
@Component({
  selector: 'att-ledger-page',
  imports: [LedgerFilterForm, LedgerTable, MatButtonModule, RouterLink],
  templateUrl: './ledger-page.html',
  styleUrl: './ledger-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerPageComponent {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route parameter, bound by the router. */
  readonly programmeId = input.required<string>();
  // Query parameters, bound by the router (withComponentInputBinding).
  readonly laCode = input<string>();
  readonly activity = input<string>();
  readonly source = input<string>();
  readonly staffCode = input<string>();
  readonly familyReference = input<string>();
  readonly costType = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly month = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly query = computed(() =>
    parseLedgerQuery({
      laCode: this.laCode(),
      activity: this.activity(),
      source: this.source(),
      staffCode: this.staffCode(),
      familyReference: this.familyReference(),
      costType: this.costType(),
      from: this.from(),
      to: this.to(),
      month: this.month(),
      page: this.page(),
      pageSize: this.pageSize(),
    }),
  );
  readonly result = this.store.selectSignal(ledgerFeature.selectPage);
  readonly loading = this.store.selectSignal(ledgerFeature.selectLoading);
  readonly error = this.store.selectSignal(ledgerFeature.selectError);
  readonly fieldErrors = this.store.selectSignal(ledgerFeature.selectFieldErrors);
  readonly csvHref = this.store.selectSignal(ledgerFeature.selectCsvHref);
  readonly costsLink = computed(() => ['/p', this.programmeId(), 'costs']);
  readonly pounds = formatPounds;
  readonly minutes = formatMinutes;

  constructor() {
    effect(() => {
      const query = this.query();
      const programmeId = this.programmeId();
      untracked(() => this.store.dispatch(LedgerPageActions.queryChanged({ programmeId, query })));
    });
  }

  applyFilter(filter: LedgerFilterText): void {
    // A new filter starts again at page 1.
    this.navigate({ filter, page: 1, pageSize: this.query().pageSize });
  }

  changePage(change: { page: number; pageSize: number }): void {
    this.navigate({ ...this.query(), ...change });
  }

  private navigate(query: Parameters<typeof toQueryParams>[0]): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
