import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as healthEffects from './health.effects';
import { healthFeature } from './health.feature';
import { HealthPage } from './health-page/health-page';

export default [
  {
    path: '',
    component: HealthPage,
    providers: [provideState(healthFeature), provideEffects(healthEffects)],
  },
] satisfies Routes;
