import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as localAuthoritiesEffects from './local-authorities/local-authorities.effects';
import { localAuthoritiesFeature } from './local-authorities/local-authorities.feature';
import * as settingsEffects from './settings/settings.effects';
import { settingsFeature } from './settings/settings.feature';
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

export const LOCAL_AUTHORITIES_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(localAuthoritiesFeature), provideEffects(localAuthoritiesEffects)],
    loadComponent: () => import('./local-authorities-page/local-authorities-page'),
  },
];

export const SETTINGS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(settingsFeature), provideEffects(settingsEffects)],
    loadComponent: () => import('./settings-page/settings-page'),
  },
];
