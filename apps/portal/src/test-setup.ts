// Jest's TestBed: zoneless like the app, and as strict about templates as
// Angular's own unit-test builder (an unknown element or property is an error).
import { beforeEach } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { provideUkDates } from './app/core/forms/uk-date-adapter';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// The datepickers' UK dates, as the lazy routes that hold the forms provide them
// (core/programme/programme.routes.ts, the audit log's routes).
beforeEach(() => {
  TestBed.configureTestingModule({ providers: provideUkDates() });
});
