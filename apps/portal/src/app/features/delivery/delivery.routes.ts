import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as capacityEffects from './capacity-page/capacity.effects';
import { capacityFeature } from './capacity-page/capacity.feature';
import * as familiesEffects from './families-page/families.effects';
import { familiesFeature } from './families-page/families.feature';
import * as familyEffects from './family-page/family.effects';
import { familyFeature } from './family-page/family.feature';
import * as myFamiliesEffects from './my-families-page/my-families.effects';
import { myFamiliesFeature } from './my-families-page/my-families.feature';
import * as myTimeEffects from './my-time-page/my-time.effects';
import { myTimeFeature } from './my-time-page/my-time.feature';
import * as teamTimeEffects from './team-time-page/team-time.effects';
import { teamTimeFeature } from './team-time-page/team-time.feature';
import * as practitionerEffects from './practitioner-page/practitioner.effects';
import { practitionerFeature } from './practitioner-page/practitioner.feature';
import * as trialEffects from './trial-page/trial.effects';
import { trialFeature } from './trial-page/trial.feature';
import * as signOffEffects from './sign-off-page/sign-off.effects';
import { signOffFeature } from './sign-off-page/sign-off.feature';
import { fidelityFeature, loadFidelity } from './fidelity/fidelity.state';

/** Each page area registers its own slice (under `/p/:programmeId/`). */
export const CAPACITY_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(capacityFeature), provideEffects(capacityEffects)],
    loadComponent: () => import('./capacity-page/capacity-page'),
  },
  {
    path: ':code',
    title: 'Practitioner · Attune',
    providers: [provideState(practitionerFeature), provideEffects(practitionerEffects)],
    loadComponent: () => import('./practitioner-page/practitioner-page'),
  },
];
export const FAMILIES_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(familiesFeature), provideEffects(familiesEffects)],
    loadComponent: () => import('./families-page/families-page'),
  },
  {
    path: ':reference',
    title: 'Family · Attune',
    providers: [provideState(familyFeature), provideEffects(familyEffects)],
    loadComponent: () => import('./family-page/family-page'),
  },
];
export const SIGN_OFF_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(signOffFeature), provideEffects(signOffEffects)],
    loadComponent: () => import('./sign-off-page/sign-off-page'),
  },
];
export const MY_FAMILIES_ROUTES: Routes = [
  {
    path: '',
    // The families slice carries the referral form's state (the list itself is not loaded here).
    providers: [
      provideState(myFamiliesFeature),
      provideEffects(myFamiliesEffects),
      provideState(familiesFeature),
      provideEffects(familiesEffects),
    ],
    loadComponent: () => import('./my-families-page/my-families-page'),
  },
];
export const MY_TIME_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(myTimeFeature), provideEffects(myTimeEffects)],
    loadComponent: () => import('./my-time-page/my-time-page'),
  },
];
export const TEAM_TIME_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(teamTimeFeature), provideEffects(teamTimeEffects)],
    loadComponent: () => import('./team-time-page/team-time-page'),
  },
];
export const TRIAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(trialFeature), provideEffects(trialEffects)],
    loadComponent: () => import('./trial-page/trial-page'),
  },
];

export const FIDELITY_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(fidelityFeature), provideEffects({ loadFidelity })],
    loadComponent: () => import('./fidelity/fidelity-page/fidelity-page'),
  },
];
