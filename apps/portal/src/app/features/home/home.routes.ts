import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import HomePage from './home-page/home-page';
import * as homeEffects from './home.effects';
import { homeFeature } from './home.feature';

export default [
  {
    path: '',
    component: HomePage,
    providers: [provideState(homeFeature), provideEffects(homeEffects)],
  },
] satisfies Routes;
