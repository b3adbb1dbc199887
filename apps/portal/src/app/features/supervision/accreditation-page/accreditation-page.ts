import { UkDatePipe } from '../../../core/format/uk-date';
import { plural } from '../../../core/format/words';
import { ChangeDetectionStrategy, Component, input, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { hours, supervisionGap, trackText } from '../progress-text';
import { SupervisionPageActions } from '../supervision.actions';
import { supervisionFeature } from '../supervision.feature';
import { TraineeProgress } from '../supervision.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** Every practitioner the caller may see, most at risk first, as one table. */
@Component({
  selector: 'att-accreditation-page',
  imports: [CardsOnPhone, ScrollRegion, UkDatePipe],
  templateUrl: './accreditation-page.html',
  styleUrl: './accreditation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccreditationPage {
  private readonly store = inject(Store);
  /** The programme of the address (`/p/:programmeId/...`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly progress = this.store.selectSignal(supervisionFeature.selectProgress);
  readonly loading = this.store.selectSignal(supervisionFeature.selectLoading);
  readonly loadError = this.store.selectSignal(supervisionFeature.selectLoadError);
  readonly hours = hours;

  track(row: TraineeProgress): string {
    return trackText(row);
  }

  gap(row: TraineeProgress): ReturnType<typeof supervisionGap> {
    return supervisionGap(row);
  }

  sessions(count: number): string {
    return plural(count, 'session');
  }

  constructor() {
    dispatchOnOpen(() =>
      SupervisionPageActions.opened({ view: 'all', programmeId: this.programmeId() }),
    );
  }
}
