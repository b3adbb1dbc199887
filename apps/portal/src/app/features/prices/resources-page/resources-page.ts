import { LabelPipe } from '../../../core/format/words';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { ukDate } from '../../../core/format/uk-date';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { formatPounds } from '../../cost-summary/money';
import { PreviewLine } from '../preview-line/preview-line';
import { PriceEditing } from '../price-editing';
import { PricesPageActions } from '../prices.actions';
import { pricesFeature } from '../prices.feature';
import { PriceWrite, ResourceInput, ResourceView } from '../prices.models';
import { ResourceDates, ResourceForm } from '../resource-form/resource-form';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** Today, `YYYY-MM-DD` (UTC, like the server). */
const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * The programme's resources (`/p/:programmeId/resources`): equipment,
 * software, fees and the like, each with its cost, price year, useful life and
 * bearer. Economists add, edit and delete them; admins read.
 */
@Component({
  selector: 'att-resources-page',
  imports: [CardsOnPhone, ScrollRegion, LabelPipe, MatButtonModule, PreviewLine, ResourceForm],
  templateUrl: './resources-page.html',
  styleUrl: '../prices-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ResourcesPage {
  private readonly store = inject(Store);
  readonly programmeId = input.required<string>();
  readonly items = this.store.selectSignal(pricesFeature.selectResources);
  readonly edit = new PriceEditing<ResourceView>(() => this.programmeId());
  private readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  readonly dates = computed((): ResourceDates | null => {
    const p = this.programme();
    return p ? { startDate: p.startDate, deliveryEnd: p.deliveryEnd, today: todayIso() } : null;
  });
  readonly pounds = formatPounds;
  readonly ukDate = ukDate;

  constructor() {
    dispatchOnOpen(() =>
      PricesPageActions.opened({ programmeId: this.programmeId(), list: 'resources' }),
    );
  }

  writeOf(input: ResourceInput | null): PriceWrite | null {
    if (!input) return null;
    const editing = this.edit.editing();
    return editing
      ? { list: 'resources', op: 'update', id: editing.id, version: editing.version, input }
      : { list: 'resources', op: 'create', input };
  }

  save(input: ResourceInput): void {
    this.edit.save(this.writeOf(input)!);
  }

  deletion(r: ResourceView): PriceWrite {
    return { list: 'resources', op: 'delete', id: r.id, version: r.version };
  }
}
