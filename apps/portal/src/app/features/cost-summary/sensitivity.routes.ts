import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { SensitivityPage } from './sensitivity-page/sensitivity-page';
import * as sensitivityEffects from './sensitivity.effects';
import { sensitivityFeature } from './sensitivity.feature';

export default [
  {
    path: '',
    component: SensitivityPage,
    providers: [provideState(sensitivityFeature), provideEffects(sensitivityEffects)],
  },
] satisfies Routes;
