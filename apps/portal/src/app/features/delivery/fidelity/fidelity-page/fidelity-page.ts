import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { dispatchOnOpen } from '../../../../core/store/dispatch-on-open';
import { FidelityTable } from '../fidelity-table/fidelity-table';
import { fidelityFeature, FidelityPageActions } from '../fidelity.state';

/** Fidelity totals per programme, LA and practitioner (`/p/:programmeId/fidelity`). */
@Component({
  selector: 'att-fidelity-page',
  imports: [FidelityTable],
  template: `
    <section class="page">
      <h1>Fidelity</h1>
      <p class="intro">
        How far delivery follows the model, over the allocated families you may see: families with
        at least the programme's minimum of held sessions, with every cycle completed (its shared
        review held), and with their held sessions in the model's order (initial meeting, each
        cycle's filming then shared review, final evaluation). Families appear as counts only.
      </p>
      <p role="status" aria-live="polite">
        @if (loading()) {
          Loading the fidelity totals…
        }
      </p>
      @if (error(); as text) {
        <p class="error-text" role="alert">{{ text }}</p>
      }
      @if (fidelity(); as f) {
        <att-fidelity-table caption="Programme" codeHeader="Scope" [rows]="programmeRow()" />
        <att-fidelity-table
          caption="By local authority"
          codeHeader="Local authority"
          [rows]="f.byLocalAuthority"
        />
        <att-fidelity-table
          caption="By practitioner"
          codeHeader="Practitioner"
          [rows]="f.byPractitioner"
        />
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FidelityPage {
  private readonly store = inject(Store);

  /** Route parameter, bound by the router. */
  readonly programmeId = input.required<string>();

  readonly fidelity = this.store.selectSignal(fidelityFeature.selectFidelity);
  readonly loading = this.store.selectSignal(fidelityFeature.selectLoading);
  readonly error = this.store.selectSignal(fidelityFeature.selectError);
  readonly programmeRow = computed(() => {
    const f = this.fidelity();
    return f ? [{ code: 'All you can see', ...f.programme }] : [];
  });

  constructor() {
    dispatchOnOpen(() => FidelityPageActions.opened({ programmeId: this.programmeId() }));
  }
}
