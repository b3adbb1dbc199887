import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as programmesEffects from './programmes.effects';
import { ProgrammesApi } from './programmes.api';
import { programmesFeature } from './programmes.feature';
import { ProgrammesPage } from './programmes-page/programmes-page';
import { provideXhrHttpClient } from './xhr-http-client';

export default [
  {
    path: '',
    component: ProgrammesPage,
    providers: [
      provideXhrHttpClient(),
      ProgrammesApi,
      provideState(programmesFeature),
      provideEffects(programmesEffects),
    ],
  },
] satisfies Routes;
