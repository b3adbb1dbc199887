import { computed, effect, inject, signal, untracked } from '@angular/core';
import { Store } from '@ngrx/store';
import { PricesPageActions } from './prices.actions';
import { pricesFeature } from './prices.feature';
import { PriceWrite } from './prices.models';
import { canWritePrices } from './write-access';

export type EditMode<T, P> =
  { kind: 'closed' } | { kind: 'add'; prefill: P | null } | { kind: 'edit'; item: T };

/**
 * What every page of the prices does with its one form and its deletions:
 * which form is open, the dry run of each valid change, Save, and a deletion
 * confirmed after seeing what it does to the total. Created in a page's
 * field initialisers (it injects the store).
 */
export class PriceEditing<T, P = never> {
  private readonly store = inject(Store);
  readonly canWrite = canWritePrices();
  readonly loading = this.store.selectSignal(pricesFeature.selectLoading);
  readonly loadError = this.store.selectSignal(pricesFeature.selectLoadError);
  readonly preview = this.store.selectSignal(pricesFeature.selectPreview);
  readonly previewing = this.store.selectSignal(pricesFeature.selectPreviewing);
  readonly saving = this.store.selectSignal(pricesFeature.selectSaving);
  readonly error = this.store.selectSignal(pricesFeature.selectError);
  readonly problems = this.store.selectSignal(pricesFeature.selectProblems);
  readonly message = this.store.selectSignal(pricesFeature.selectMessage);
  private readonly saved = this.store.selectSignal(pricesFeature.selectSaved);

  readonly mode = signal<EditMode<T, P>>({ kind: 'closed' });
  /** The item whose deletion awaits confirmation. */
  readonly confirming = signal<T | null>(null);
  readonly editing = computed(() => {
    const m = this.mode();
    return m.kind === 'edit' ? m.item : null;
  });
  readonly prefill = computed(() => {
    const m = this.mode();
    return m.kind === 'add' ? m.prefill : null;
  });

  constructor(private readonly programmeId: () => string) {
    // A save that worked closes the form and the confirmation.
    let seen = untracked(this.saved);
    effect(() => {
      const saved = this.saved();
      if (saved === seen) return;
      seen = saved;
      untracked(() => {
        this.mode.set({ kind: 'closed' });
        this.confirming.set(null);
      });
    });
  }

  open(mode: EditMode<T, P>): void {
    this.confirming.set(null);
    this.mode.set(mode);
    this.store.dispatch(PricesPageActions.previewCleared());
  }

  close(): void {
    this.open({ kind: 'closed' });
  }

  /** A valid change in the form is priced by a dry run; null (invalid) drops the preview. */
  changed(write: PriceWrite | null): void {
    this.store.dispatch(
      write
        ? PricesPageActions.previewRequested({ programmeId: this.programmeId(), write })
        : PricesPageActions.previewCleared(),
    );
  }

  save(write: PriceWrite): void {
    this.store.dispatch(
      PricesPageActions.saveRequested({ programmeId: this.programmeId(), write }),
    );
  }

  /** Deleting asks first, showing what it does to the total. */
  askDelete(item: T, write: PriceWrite): void {
    this.mode.set({ kind: 'closed' });
    this.confirming.set(item);
    this.changed(write);
  }

  cancelDelete(): void {
    this.confirming.set(null);
    this.changed(null);
  }
}
