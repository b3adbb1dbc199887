import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { PreviewLine } from '../preview-line/preview-line';
import { PriceEditing } from '../price-editing';
import { PriceIndexEntry, PriceIndexForm } from '../price-index-form/price-index-form';
import { PricesPageActions } from '../prices.actions';
import { pricesFeature } from '../prices.feature';
import { PriceIndexView, PriceWrite } from '../prices.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/**
 * The programme's price index (`/p/:programmeId/price-index`): the index of
 * each year, which brings every price to the programme's price year.
 * Economists set and delete years; admins read.
 */
@Component({
  selector: 'att-price-index-page',
  imports: [CardsOnPhone, ScrollRegion, MatButtonModule, PreviewLine, PriceIndexForm],
  templateUrl: './price-index-page.html',
  styleUrl: '../prices-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PriceIndexPage {
  private readonly store = inject(Store);
  readonly programmeId = input.required<string>();
  readonly items = this.store.selectSignal(pricesFeature.selectPriceIndex);
  readonly edit = new PriceEditing<PriceIndexView>(() => this.programmeId());

  constructor() {
    dispatchOnOpen(() =>
      PricesPageActions.opened({ programmeId: this.programmeId(), list: 'priceIndex' }),
    );
  }

  /** PUT of the year: with the version read when the year exists (edited or typed again). */
  writeOf(entry: PriceIndexEntry | null): PriceWrite | null {
    if (!entry) return null;
    const existing = this.items().find((y) => y.year === entry.year);
    return {
      list: 'priceIndex',
      op: 'put',
      year: entry.year,
      input: existing ? { index: entry.index, version: existing.version } : { index: entry.index },
    };
  }

  save(entry: PriceIndexEntry): void {
    this.edit.save(this.writeOf(entry)!);
  }

  deletion(y: PriceIndexView): PriceWrite {
    return { list: 'priceIndex', op: 'delete', year: y.year, version: y.version };
  }
}
