import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { formatPounds } from '../money';
import { SensitivityPageActions } from '../sensitivity.actions';
import { sensitivityFeature } from '../sensitivity.feature';
import { TornadoChart } from '../tornado-chart/tornado-chart';

/** One-way sensitivity of a programme's costs (`/p/:programmeId/sensitivity`). */
@Component({
  selector: 'att-sensitivity-page',
  imports: [TornadoChart],
  templateUrl: './sensitivity-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SensitivityPage {
  private readonly store = inject(Store);

  /** Route parameter, bound by the router. */
  readonly programmeId = input.required<string>();

  readonly sensitivity = this.store.selectSignal(sensitivityFeature.selectSensitivity);
  readonly loading = this.store.selectSignal(sensitivityFeature.selectLoading);
  readonly error = this.store.selectSignal(sensitivityFeature.selectError);
  readonly pounds = formatPounds;

  constructor() {
    dispatchOnOpen(() => SensitivityPageActions.opened({ programmeId: this.programmeId() }));
  }
}
