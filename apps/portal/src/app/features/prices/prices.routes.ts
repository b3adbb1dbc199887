import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as pricesEffects from './prices.effects';
import { pricesFeature } from './prices.feature';

const providers = [provideState(pricesFeature), provideEffects(pricesEffects)];

/** Each page of the prices under `/p/:programmeId/`, sharing one slice. */
export const UNIT_COSTS_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./unit-costs-page/unit-costs-page') },
];
export const PRICE_INDEX_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./price-index-page/price-index-page') },
];
export const RESOURCES_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./resources-page/resources-page') },
];
