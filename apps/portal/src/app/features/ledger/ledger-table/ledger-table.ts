import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { laLabel, PROGRAMME_WIDE } from '../../cost-summary/cost-summary.models';
import { formatPounds } from '../../cost-summary/money';
import { LEDGER_PAGE_SIZES, LedgerLineView } from '../ledger.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';
import { valueHeading } from '../../../core/format/words';
import { UkDatePipe } from '../../../core/format/uk-date';
import { HeadingPipe, LabelPipe } from '../../../core/format/words';

/** One page of ledger lines; money as the API gives it, regrouped only. */
@Component({
  selector: 'att-ledger-table',
  imports: [
    CardsOnPhone,
    ScrollRegion,
    MatTableModule,
    MatPaginatorModule,
    UkDatePipe,
    HeadingPipe,
    LabelPipe,
  ],
  templateUrl: './ledger-table.html',
  styleUrl: './ledger-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerTable {
  readonly items = input.required<readonly LedgerLineView[]>();
  readonly total = input.required<number>();
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly loading = input(false);
  readonly pageChange = output<{ page: number; pageSize: number }>();

  readonly columns = [
    'date',
    'la',
    'staff',
    'activity',
    'source',
    'family',
    'minutes',
    'rate',
    'cost',
    'costType',
  ];
  readonly pageSizes = LEDGER_PAGE_SIZES;
  readonly pounds = formatPounds;

  la(code: string | null): string {
    return laLabel(code ?? PROGRAMME_WIDE);
  }

  activity(line: LedgerLineView): string {
    return line.activity === null ? 'Resource' : valueHeading(line.activity);
  }

  onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
