import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as staffEffects from './staff/staff.effects';
import { staffFeature } from './staff/staff.feature';

/** The admin's pages of one programme, each with its own NgRx feature, registered lazily. */
export const STAFF_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(staffFeature), provideEffects(staffEffects)],
    loadComponent: () => import('./staff-page/staff-page'),
  },
];
