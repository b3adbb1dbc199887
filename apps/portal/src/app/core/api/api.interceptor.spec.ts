import { describe, it, expect, beforeEach, afterEach, jest } from '@jest/globals';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { HttpActions } from '../auth/auth.actions';
import { apiInterceptor } from './api.interceptor';

describe('apiInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let dispatch: ReturnType<typeof jest.fn>;

  beforeEach(() => {
    dispatch = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: Store, useValue: { dispatch } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the CSRF header and the session cookie on every call', async () => {
    const done = firstValueFrom(http.post('/api/users', { email: 'a@b.c' }));
    const request = backend.expectOne('/api/users');
    expect(request.request.headers.get('X-Requested-With')).toBe('attune');
    expect(request.request.withCredentials).toBe(true);
    request.flush({});
    await done;
  });

  it('reports an expired session when an API call answers 401', async () => {
    const done = firstValueFrom(http.get('/api/users?page=1'));
    backend.expectOne('/api/users?page=1').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(done).rejects.toMatchObject({ status: 401 });
    expect(dispatch).toHaveBeenCalledWith(HttpActions.sessionExpired());
  });

  it('treats a 401 from sign-in as wrong credentials, not an expired session', async () => {
    const done = firstValueFrom(http.post('/api/auth/login', {}));
    backend.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(done).rejects.toMatchObject({ status: 401 });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('leaves other failures to the caller', async () => {
    const done = firstValueFrom(http.get('/api/users'));
    backend.expectOne('/api/users').flush(null, { status: 403, statusText: 'Forbidden' });
    await expect(done).rejects.toMatchObject({ status: 403 });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
