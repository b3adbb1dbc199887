import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { auditActionLabel, valueHeading } from '@attune/domain';
import { AuditChange } from '../audit-change/audit-change';
import { AUDIT_PAGE_SIZES, AuditEvent } from '../audit-log.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** One page of audit events; each row's change opens below it on demand. */
@Component({
  selector: 'att-audit-table',
  imports: [
    CardsOnPhone,
    ScrollRegion,
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    DatePipe,
    AuditChange,
  ],
  templateUrl: './audit-table.html',
  styleUrl: './audit-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTable {
  readonly items = input.required<readonly AuditEvent[]>();
  readonly total = input.required<number>();
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly loading = input(false);
  readonly pageChange = output<{ page: number; pageSize: number }>();

  readonly columns = ['at', 'user', 'action', 'entity', 'address', 'details'];
  readonly pageSizes = AUDIT_PAGE_SIZES;
  readonly actionLabel = auditActionLabel;
  /** A role in words ('Admin', 'LA manager'), as the Users page names it. */
  readonly roleLabel = valueHeading;
  /** Ids of the events whose change is open. */
  readonly open = signal<ReadonlySet<string>>(new Set());

  isOpen(id: string): boolean {
    return this.open().has(id);
  }

  toggle(id: string): void {
    this.open.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
