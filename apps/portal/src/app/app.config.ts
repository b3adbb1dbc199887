import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState, provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { apiInterceptor } from './core/api/api.interceptor';
import * as authEffects from './core/auth/auth.effects';
import { authFeature } from './core/auth/auth.feature';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Every page below `/p/:programmeId` reads the programme id as its own parameter.
    provideRouter(
      routes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
    ),
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor])),
    provideStore({ router: routerReducer }),
    // Auth is app-wide (the shell's navigation depends on it); features register
    // their own state in their lazy routes.
    provideState(authFeature),
    provideEffects(authEffects),
    provideRouterStore(),
  ],
};
