import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { ProgrammeSummary, packageHref } from '../programmes.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';
import { UkDatePipe } from '../../../core/format/uk-date';

/** One page of programmes, each with its data package to download. */
@Component({
  selector: 'att-programmes-table',
  imports: [
    CardsOnPhone,
    ScrollRegion,
    MatTableModule,
    MatPaginatorModule,
    MatButtonModule,
    UkDatePipe,
  ],
  templateUrl: './programmes-table.html',
  styleUrl: './programmes-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammesTable {
  readonly items = input.required<readonly ProgrammeSummary[]>();
  readonly total = input.required<number>();
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly loading = input(false);
  readonly pageChange = output<{ page: number; pageSize: number }>();

  readonly columns = ['name', 'parties', 'localAuthorities', 'dates', 'priceYear', 'package'];
  readonly packageHref = packageHref;

  onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
