import { effect, inject, untracked } from '@angular/core';
import { Action, Store } from '@ngrx/store';

/**
 * A page dispatches its `opened` action with what its address names (the
 * programme, a code): once, and again whenever the address changes while the
 * page stays open (choosing another programme reuses the page).
 */
export function dispatchOnOpen(action: () => Action): void {
  const store = inject(Store);
  effect(() => {
    const next = action();
    untracked(() => store.dispatch(next));
  });
}
