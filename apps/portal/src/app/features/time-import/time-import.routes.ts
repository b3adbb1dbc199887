import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideXhrHttpClient } from '../programmes/xhr-http-client';
import * as timeImportEffects from './time-import.effects';
import { TimeImportApi } from './time-import.api';
import { timeImportFeature } from './time-import.feature';
import TimeImportPage from './time-import-page/time-import-page';

export default [
  {
    path: '',
    component: TimeImportPage,
    providers: [
      provideXhrHttpClient(),
      TimeImportApi,
      provideState(timeImportFeature),
      provideEffects(timeImportEffects),
    ],
  },
] satisfies Routes;
