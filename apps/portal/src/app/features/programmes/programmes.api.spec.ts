import { describe, it, expect } from '@jest/globals';
import { HttpBackend, HttpXhrBackend, provideHttpClient, withFetch } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { ProgrammesApi } from './programmes.api';
import { provideXhrHttpClient } from './xhr-http-client';

describe('ProgrammesApi', () => {
  it('sends the package as multipart field "package" and asks for upload progress', () => {
    TestBed.configureTestingModule({
      providers: [ProgrammesApi, provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const file = new File(['PK'], 'demo.zip');
    TestBed.inject(ProgrammesApi).upload(file).subscribe();
    const request = backend.expectOne({ method: 'POST', url: '/api/programmes/import' });
    expect(request.request.reportProgress).toBe(true);
    expect((request.request.body as FormData).get('package')).toBeInstanceOf(File);
    expect(((request.request.body as FormData).get('package') as File).name).toBe('demo.zip');
    backend.verify();
  });

  it('uses XMLHttpRequest on this route though the app uses fetch (fetch reports no upload progress)', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withFetch()), provideMockStore()],
    });
    const parent = TestBed.inject(EnvironmentInjector);
    const route = createEnvironmentInjector(provideXhrHttpClient(), parent);
    expect(parent.get(HttpBackend)).not.toBeInstanceOf(HttpXhrBackend);
    expect(route.get(HttpBackend)).toBeInstanceOf(HttpXhrBackend);
  });
});
