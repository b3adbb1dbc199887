import { describe, it, expect, beforeEach } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { TimeApi } from './time.api';

describe('TimeApi', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  // The staff route validates its query strictly (page, pageSize): any other
  // parameter is a 400, which left Team time without anyone's name.
  it('asks for the staff with paging only, as the route accepts', async () => {
    const result = firstValueFrom(TestBed.inject(TimeApi).staff('p1'));
    const request = TestBed.inject(HttpTestingController).expectOne(
      (r) => r.url === '/api/programmes/p1/staff',
    );
    expect(request.request.params.keys()).toEqual(['pageSize']);
    request.flush({ items: [], total: 0 });
    expect(await result).toEqual({ items: [], total: 0 });
  });
});
