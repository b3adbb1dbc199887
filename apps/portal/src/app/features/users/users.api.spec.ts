import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { UsersApi } from './users.api';

describe('UsersApi', () => {
  let api: UsersApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(UsersApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('pages the list with page and pageSize', () => {
    api.list(2, 25).subscribe();
    backend.expectOne(
      (r) => r.method === 'GET' && r.urlWithParams === '/api/users?page=2&pageSize=25',
    );
  });

  it('creates with POST and disables with PATCH {disabled: true}', () => {
    api.create({ email: 'a@b.test', password: 'p', role: 'admin' }).subscribe();
    const create = backend.expectOne({ method: 'POST', url: '/api/users' });
    expect(create.request.body).toEqual({ email: 'a@b.test', password: 'p', role: 'admin' });
    api.disable('0b1e').subscribe();
    const disable = backend.expectOne({ method: 'PATCH', url: '/api/users/0b1e' });
    expect(disable.request.body).toEqual({ disabled: true });
  });
});
