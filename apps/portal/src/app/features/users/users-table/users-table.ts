import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { UserSummary } from '../users.models';
import { valueHeading } from '../../../core/format/words';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** One page of accounts; disabling asks for a second click to confirm. */
@Component({
  selector: 'att-users-table',
  imports: [CardsOnPhone, ScrollRegion, MatTableModule, MatPaginatorModule, MatButtonModule],
  templateUrl: './users-table.html',
  styleUrl: './users-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersTable {
  readonly items = input.required<readonly UserSummary[]>();
  readonly total = input.required<number>();
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly loading = input(false);
  readonly busy = input(false);
  readonly pageChange = output<{ page: number; pageSize: number }>();
  readonly disable = output<{ id: string; email: string }>();

  readonly columns = ['email', 'role', 'laCode', 'status', 'actions'];
  /** The id of the account whose disabling awaits confirmation. */
  readonly confirming = signal<string | null>(null);

  roleLabel(role: string): string {
    return valueHeading(role);
  }

  onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  confirm(user: UserSummary): void {
    this.confirming.set(null);
    this.disable.emit({ id: user.id, email: user.email });
  }
}
