// Jest's TestBed: zoneless like the app, and as strict about templates as
// Angular's own unit-test builder (an unknown element or property is an error).
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });
