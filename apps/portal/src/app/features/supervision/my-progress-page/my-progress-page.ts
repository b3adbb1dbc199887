import { UkDatePipe } from '../../../core/format/uk-date';
import { ChangeDetectionStrategy, Component, input, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { SupervisionPageActions } from '../supervision.actions';
import { supervisionFeature } from '../supervision.feature';
import { TraineeCard } from '../trainee-card/trainee-card';

/** A practitioner's own progress toward accreditation (the API returns only their row). */
@Component({
  selector: 'att-my-progress-page',
  imports: [UkDatePipe, TraineeCard],
  template: `
    <section class="page">
      <h1>My progress</h1>
      @if (loadError(); as text) {
        <p class="error-text" role="alert">{{ text }}</p>
      }
      @if (progress(); as p) {
        <p>
          As of {{ p.asOf | ukDate }}; delivery ends {{ p.deliveryEnd | ukDate }}; rule set:
          {{ p.ruleSet.name }}.
        </p>
        @for (row of p.items; track row.code) {
          <att-trainee-card
            [row]="row"
            [headingLevel]="2"
            [from]="programme()?.startDate ?? p.asOf"
            [asOf]="p.asOf"
          />
        } @empty {
          <p>
            Your progress is not available: your account is not linked to a practitioner record.
          </p>
        }
      } @else if (loading()) {
        <p>Loading…</p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyProgressPage {
  private readonly store = inject(Store);
  /** The programme of the address (`/p/:programmeId/...`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  readonly progress = this.store.selectSignal(supervisionFeature.selectProgress);
  readonly loading = this.store.selectSignal(supervisionFeature.selectLoading);
  readonly loadError = this.store.selectSignal(supervisionFeature.selectLoadError);

  constructor() {
    dispatchOnOpen(() =>
      SupervisionPageActions.opened({ view: 'own', programmeId: this.programmeId() }),
    );
  }
}
