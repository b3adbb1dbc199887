import { Directive, OnInit, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { DeliveryPageActions } from './delivery.actions';
import { deliveryFeature } from './delivery.feature';
import { DeliveryView, programmeUrl } from './delivery.models';

/** What every page of this feature shares: the store's signals, the programme, today. */
@Directive()
export abstract class DeliveryPageBase implements OnInit {
  protected readonly store = inject(Store);
  readonly programmes = this.store.selectSignal(deliveryFeature.selectProgrammes);
  readonly programmeId = this.store.selectSignal(deliveryFeature.selectProgrammeId);
  readonly loading = this.store.selectSignal(deliveryFeature.selectLoading);
  readonly loadError = this.store.selectSignal(deliveryFeature.selectLoadError);
  readonly saving = this.store.selectSignal(deliveryFeature.selectSaving);
  readonly saveError = this.store.selectSignal(deliveryFeature.selectSaveError);
  readonly problems = this.store.selectSignal(deliveryFeature.selectProblems);
  readonly message = this.store.selectSignal(deliveryFeature.selectMessage);
  readonly warnings = this.store.selectSignal(deliveryFeature.selectWarnings);
  readonly saved = this.store.selectSignal(deliveryFeature.selectSaved);
  readonly today = new Date().toISOString().slice(0, 10);

  protected abstract view(): DeliveryView;

  ngOnInit(): void {
    this.store.dispatch(DeliveryPageActions.opened({ view: this.view() }));
  }

  choose(programmeId: string): void {
    this.store.dispatch(DeliveryPageActions.programmeChosen({ programmeId }));
  }

  /** A CSV export of the API (a plain GET with the session cookie, so a link downloads it). */
  exportUrl(path: string, query = ''): string | null {
    const id = this.programmeId();
    return id ? `${programmeUrl(id, path)}${query ? `?${query}` : ''}` : null;
  }
}
