import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as deliveryEffects from './delivery.effects';
import { deliveryFeature } from './delivery.feature';

const providers = [provideState(deliveryFeature), provideEffects(deliveryEffects)];

export const CAPACITY_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./capacity-page/capacity-page') },
  {
    path: ':code',
    title: 'Practitioner · Attune',
    providers,
    loadComponent: () => import('./practitioner-page/practitioner-page'),
  },
];
export const FAMILIES_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./families-page/families-page') },
  {
    path: ':reference',
    title: 'Family · Attune',
    providers,
    loadComponent: () => import('./family-page/family-page'),
  },
];
export const SIGN_OFF_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./sign-off-page/sign-off-page') },
];
export const MY_FAMILIES_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./my-families-page/my-families-page') },
];
export const MY_TIME_ROUTES: Routes = [
  { path: '', providers, loadComponent: () => import('./my-time-page/my-time-page') },
];
