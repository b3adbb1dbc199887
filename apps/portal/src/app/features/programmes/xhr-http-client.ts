import {
  HttpBackend,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { EnvironmentProviders, Provider } from '@angular/core';
import { apiInterceptor } from '../../core/api/api.interceptor';

/**
 * An HttpClient for this route that sends with XMLHttpRequest. The app's
 * client uses fetch(), which reports no upload progress; XHR does. A child
 * HttpClient does not run the root's interceptors, so it names the API
 * interceptor (CSRF header, session expiry) itself.
 */
export function provideXhrHttpClient(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([apiInterceptor])),
    // provideHttpClient would pick the root's fetch backend; the later provider wins.
    { provide: HttpBackend, useExisting: HttpXhrBackend },
  ];
}
