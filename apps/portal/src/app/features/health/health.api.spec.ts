import { describe, it, expect, beforeEach } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { HealthApi } from './health.api';

describe('HealthApi', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('reads the report the API sends with 503 when the database is down', async () => {
    const report = { status: 'error', database: { status: 'down' }, uptimeSeconds: 5 };
    const result = firstValueFrom(TestBed.inject(HealthApi).check());
    TestBed.inject(HttpTestingController)
      .expectOne('/api/health')
      .flush(report, { status: 503, statusText: 'Service Unavailable' });
    expect(await result).toEqual(report);
  });

  it('fails on a 503 that carries no report (a proxy, say)', async () => {
    const result = firstValueFrom(TestBed.inject(HealthApi).check());
    TestBed.inject(HttpTestingController)
      .expectOne('/api/health')
      .flush('Bad gateway', { status: 503, statusText: 'Service Unavailable' });
    await expect(result).rejects.toMatchObject({ status: 503 });
  });
});
