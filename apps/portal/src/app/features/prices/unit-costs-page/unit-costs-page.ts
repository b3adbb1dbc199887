import { LabelPipe } from '../../../core/format/words';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { ukDate } from '../../../core/format/uk-date';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { formatPounds } from '../../cost-summary/money';
import { PreviewLine } from '../preview-line/preview-line';
import { PriceEditing } from '../price-editing';
import { PricesPageActions } from '../prices.actions';
import { pricesFeature } from '../prices.feature';
import { PriceWrite, UnitCostInput, UnitCostView } from '../prices.models';
import { UnitCostForm } from '../unit-cost-form/unit-cost-form';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/**
 * The programme's unit costs (`/p/:programmeId/unit-costs`): economists add,
 * edit and delete them; admins read. `?add=1&costRole=&from=&to=` (the cost
 * summary's gaps link) opens the add form with that role and period.
 */
@Component({
  selector: 'att-unit-costs-page',
  imports: [CardsOnPhone, ScrollRegion, LabelPipe, MatButtonModule, PreviewLine, UnitCostForm],
  templateUrl: './unit-costs-page.html',
  styleUrl: '../prices-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UnitCostsPage {
  private readonly store = inject(Store);
  /** From the address, bound by the router. */
  readonly programmeId = input.required<string>();
  readonly add = input<string | undefined>(undefined);
  readonly costRole = input<string | undefined>(undefined);
  readonly from = input<string | undefined>(undefined);
  readonly to = input<string | undefined>(undefined);

  readonly items = this.store.selectSignal(pricesFeature.selectUnitCosts);
  readonly edit = new PriceEditing<UnitCostView, Partial<UnitCostInput>>(() => this.programmeId());
  readonly pounds = formatPounds;
  readonly ukDate = ukDate;

  constructor() {
    dispatchOnOpen(() =>
      PricesPageActions.opened({ programmeId: this.programmeId(), list: 'unitCosts' }),
    );
    // The gaps panel's link: the add form, with the gap's role and period.
    effect(() => {
      if (this.add() !== '1' || !this.edit.canWrite()) return;
      const prefill: Partial<UnitCostInput> = {
        ...(this.costRole() ? { costRole: this.costRole() as UnitCostInput['costRole'] } : {}),
        effectiveFrom: this.from() || null,
        effectiveTo: this.to() || null,
      };
      untracked(() => this.edit.open({ kind: 'add', prefill }));
    });
  }

  writeOf(input: UnitCostInput | null): PriceWrite | null {
    if (!input) return null;
    const editing = this.edit.editing();
    return editing
      ? { list: 'unitCosts', op: 'update', id: editing.id, version: editing.version, input }
      : { list: 'unitCosts', op: 'create', input };
  }

  save(input: UnitCostInput): void {
    this.edit.save(this.writeOf(input)!);
  }

  deletion(u: UnitCostView): PriceWrite {
    return { list: 'unitCosts', op: 'delete', id: u.id, version: u.version };
  }
}
