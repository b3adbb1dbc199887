import { computed, inject, type Signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/auth.feature';

/** Economists keep the prices; admins read them (the API refuses their writes too). */
export function canWritePrices(): Signal<boolean> {
  const role = inject(Store).selectSignal(authFeature.selectRole);
  return computed(() => role() === 'economist');
}
