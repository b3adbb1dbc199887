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
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { AuditFilterForm } from '../audit-filter-form/audit-filter-form';
import { AuditLogPageActions } from '../audit-log.actions';
import { auditLogFeature } from '../audit-log.feature';
import { AuditFilters } from '../audit-log.models';
import { parseAuditQuery, toQueryParams } from '../audit-query';
import { AuditTable } from '../audit-table/audit-table';

/**
 * The audit log. The address bar holds the filters and the page, so a view
 * can be shared or bookmarked; the page loads whatever the address says.
 */
@Component({
  selector: 'att-audit-log-page',
  imports: [AuditFilterForm, AuditTable, MatButtonModule],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Query parameters, bound by the router (withComponentInputBinding).
  readonly action = input<string>();
  readonly entityType = input<string>();
  readonly userEmail = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  readonly query = computed(() =>
    parseAuditQuery({
      action: this.action(),
      entityType: this.entityType(),
      userEmail: this.userEmail(),
      from: this.from(),
      to: this.to(),
      page: this.page(),
      pageSize: this.pageSize(),
    }),
  );
  readonly items = this.store.selectSignal(auditLogFeature.selectItems);
  readonly total = this.store.selectSignal(auditLogFeature.selectTotal);
  readonly loading = this.store.selectSignal(auditLogFeature.selectLoading);
  readonly error = this.store.selectSignal(auditLogFeature.selectError);
  readonly csvHref = this.store.selectSignal(auditLogFeature.selectCsvHref);

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => this.store.dispatch(AuditLogPageActions.queryChanged({ query })));
    });
  }

  applyFilters(filters: AuditFilters): void {
    // New filters start again at page 1.
    this.navigate({ ...filters, page: 1, pageSize: this.query().pageSize });
  }

  changePage(change: { page: number; pageSize: number }): void {
    this.navigate({ ...this.query(), ...change });
  }

  private navigate(query: Parameters<typeof toQueryParams>[0]): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
