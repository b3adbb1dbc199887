import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as ledgerEffects from './ledger.effects';
import { ledgerFeature } from './ledger.feature';
import { LedgerPageComponent } from './ledger-page/ledger-page';

export default [
  {
    path: '',
    component: LedgerPageComponent,
    providers: [provideState(ledgerFeature), provideEffects(ledgerEffects)],
  },
] satisfies Routes;
